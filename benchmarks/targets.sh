#!/usr/bin/env bash
# Every row of the performance targets of round 3 (issue 33; docs/performance.md, "Round 3: the
# targets, side by side") in one run: each measured figure with its target, its reference measured
# in the same run, the ratio, and the machine. Whole-process rows start a new JVM per run and are timed from outside
# (fork to exit) with /usr/bin/time; the steady-state row is JMH.
#
#   benchmarks/targets.sh            full size (about 25-35 minutes on 2 cores; run on a quiet machine)
#   benchmarks/targets.sh --quick    every row at a small size, one run each (a smoke test of the
#                                    harness, about 3 minutes; its figures mean nothing)
#
# Row 4's reference is the Birmingham-scale run of the code the issue measured (76dfa41), on this
# machine in this run: check it out beside this one, build it, and name its launcher:
#   git worktree add ../senrules-76dfa41 76dfa41 && (cd ../senrules-76dfa41 && mvn -B -q install -DskipTests)
#   SEN_REFERENCE=../senrules-76dfa41/sen benchmarks/targets.sh
# (give that checkout its own Maven repository, -Dmaven.repo.local in its .mvn/maven.config, so that
# its jars do not replace this one's). Without SEN_REFERENCE row 4 gives no ratio.
#
# Build first (the launcher builds itself on first use):
#   mvn -B -pl benchmarks -am package -DskipTests && ./sen validate > /dev/null
# Output: the table on standard output; each run's details in benchmarks/target/targets/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
jar="$here/target/benchmarks.jar"
sen="$root/sen"
out="$here/target/targets"
[[ -f "$jar" ]] || { echo "build first: mvn -B -pl benchmarks -am package -DskipTests" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "targets.sh needs GNU time (/usr/bin/time): apt-get install time" >&2; exit 2; }

quick=0
case "${1:-}" in
  --quick) quick=1 ;;
  "") ;;
  *) echo "usage: benchmarks/targets.sh [--quick]" >&2; exit 2 ;;
esac
if (( quick )); then
  runs=1; cohort=2000; england=5000; ehcp=500; sspp=250
  jmh=(-f 1 -wi 1 -w 1s -i 1 -r 1s)
else
  runs=7; cohort=100000; england=1700000; ehcp=10000; sspp=5000
  jmh=(-f 2 -wi 8 -w 2s -i 5 -r 2s)
fi
sim_runs=$(( quick ? 1 : 3 ))
mkdir -p "$out"
log="-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"
cores="$(nproc)"
request="$root/examples/data/sspp-top-up/eligible-mainstream.json"

# ---- helpers ---------------------------------------------------------------------------------
# timed NAME CMD...: runs CMD once, appends "wall_s cpu_s maxrss_kb exit" to $out/NAME.times
timed() {
  local name="$1"; shift
  local t="$out/$name.time"
  set +e
  /usr/bin/time -o "$t" -f '%e %U %S %M' "$@" > "$out/$name.out" 2> "$out/$name.err"
  local rc=$?
  set -e
  read -r wall user sys rss < <(tail -n 1 "$t")
  echo "$wall $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') $rss $rc" >> "$out/$name.times"
  if (( rc != 0 )); then
    echo "  ($name exited with $rc; see $out/$name.err)" >&2
  fi
}
# median NAME COLUMN: the median of a column of $out/NAME.times (1 wall, 2 cpu, 3 maxrss kB)
median() {
  sort -n -k"$2","$2" "$out/$1.times" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'
}
max_col() {
  awk -v c="$2" 'BEGIN { m = 0 } { if ($c > m) m = $c } END { print m }' "$out/$1.times"
}
failed() {
  awk '$4 != 0 { f = 1 } END { print f ? "yes" : "no" }' "$out/$1.times"
}
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'
}
met() { # met VALUE OP LIMIT
  awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN { ok = (op == "<=") ? (v + 0 <= l + 0) : 0; print ok ? "met" : "MISSED" }'
}
# peak heap used, from the GC log: the largest "before" figure of any collection, in MB
peak_heap() {
  grep -ho '[0-9]*M->' "$@" 2>/dev/null | sed 's/M->//' | sort -n | tail -n 1
}
# cohort FILE N: an SSPP cohort of N cases made by ./sen cohort (as a council would), seed 1. Past
# ./sen cohort's limit of 1,000,000 cases, files of at most 1,000,000 are joined (each case is one
# line of that file), the later ones' case ids renamed so that every id stays unique.
cohort() {
  local file="$1" n="$2" part=0 left="$2" size
  [[ -f "$file" ]] && return 0
  : > "$file.tmp"
  while (( left > 0 )); do
    size=$(( left > 1000000 ? 1000000 : left ))
    "$sen" cohort --size "$size" --seed $(( part + 1 )) --out "$file.part" > /dev/null
    if (( part == 0 )); then head -n 2 "$file.part" >> "$file.tmp"; else sed -i '$ s/}$/},/' "$file.tmp"; fi
    sed -e '1,2d' -e '$d' -e "s/\"caseId\": \"SYN-/\"caseId\": \"SYN$part-/" "$file.part" >> "$file.tmp"
    left=$(( left - size )); part=$(( part + 1 ))
  done
  echo "]}" >> "$file.tmp"
  rm -f "$file.part"
  mv "$file.tmp" "$file"
}
rm -f "$out"/*.times "$out"/*.gc*
reference="${SEN_REFERENCE:-}"
if [[ -n "$reference" && ! -x "$reference" ]]; then
  echo "SEN_REFERENCE names no launcher: give the path of the reference checkout's sen" >&2; exit 2
fi

# ---- the machine -------------------------------------------------------------------------------
cpu="$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -n 1)"
javav="$(java -version 2>&1 | head -n 1)"
echo "# senrules performance targets$( (( quick )) && echo ' (--quick: small sizes, one run each; the figures mean nothing)')"
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'); git $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "# machine: ${cpu:-unknown CPU}, $cores cores, $(free -g 2>/dev/null | awk '/^Mem:/ { print $2 " GiB" }'); $javav"
echo "# load average at start:$(uptime | sed 's/.*load average://')"

# ---- row 1: cold start, ./sen decide against bare Drools --------------------------------------
echo "row 1: cold start ($runs runs of each, interleaved)..." >&2
"$sen" decide "$request" > /dev/null 2>&1 || { echo "./sen decide failed: run ./sen decide $request" >&2; exit 2; }
for ((i = 1; i <= runs; i++)); do
  timed java-version java -version
  timed sen-decide "$sen" decide "$request"
  timed bare-drools java "$log" -cp "$jar" org.senrules.benchmarks.BareDroolsColdStart
  timed sen-decide-runtime-drl env "JAVA_OPTS=-Dsenrules.prebuiltRules=false" "$sen" decide "$request"
done
cold="$(median sen-decide 1)"; bare="$(median bare-drools 1)"; jvm="$(median java-version 1)"; cold_rt="$(median sen-decide-runtime-drl 1)"

# ---- row 2: one decision, steady state (JMH) ---------------------------------------------------
echo "row 2: JMH ${jmh[*]}..." >&2
java -jar "$jar" 'SsppDecisionBenchmark\.(engineTypical|engineMixed|engineTypicalWithJson|plainDroolsTypical|plainDroolsMixed)$' "${jmh[@]}" \
  -rf csv -rff "$out/jmh.csv" > "$out/jmh.out" 2>&1 || { echo "JMH failed: see $out/jmh.out" >&2; exit 2; }
score() { awk -F, -v b="\"org.senrules.benchmarks.SsppDecisionBenchmark.$1\"" '$1 == b { printf "%.3f", $5 }' "$out/jmh.csv"; }
err() { awk -F, -v b="\"org.senrules.benchmarks.SsppDecisionBenchmark.$1\"" '$1 == b { printf "%.3f", $6 }' "$out/jmh.csv"; }
typ="$(score engineTypical)"; mixed="$(score engineMixed)"; plain="$(score plainDroolsTypical)"
plain_mixed="$(score plainDroolsMixed)"; with_json="$(score engineTypicalWithJson)"
json_extra="$(awk -v a="$with_json" -v b="$typ" 'BEGIN { printf "%.3f", a - b }')"

# ---- rows 3, 4 and 6: the cohort under 8 policies and under 1 -----------------------------------
file="$here/target/sen-cohort-$cohort.json"
cohort "$file" "$cohort"
echo "rows 3, 4, 6: ./sen simulate, $cohort cases, $sim_runs runs each of 8 policies and of 1..." >&2
for ((i = 1; i <= sim_runs; i++)); do
  timed sim8 env "JAVA_OPTS=-Xmx512m -Xlog:gc:file=$out/sim8.gc$i" "$sen" simulate "$file" --quiet
  timed sim1 env "JAVA_OPTS=-Xmx512m" "$sen" simulate "$file" --quiet --policies current
done
sim8="$(median sim8 1)"; sim1="$(median sim1 1)"
decisions=$(( cohort * 8 ))
plain_share="$(awk -v n="$decisions" -v us="$plain_mixed" -v c="$cores" 'BEGIN { printf "%.2f", n * us / 1e6 / c }')"
heap8="$(peak_heap "$out"/sim8.gc*)"

# ---- row 5: England's scale ----------------------------------------------------------------------
big="$here/target/sen-cohort-$england.json"
cohort "$big" "$england"
echo "row 5: ./sen simulate, $england cases x 8 policies, -Xmx1g..." >&2
timed england env "JAVA_OPTS=-Xmx1g -Xlog:gc:file=$out/england.gc" "$sen" simulate "$big" --quiet
england_s="$(median england 1)"; england_rss="$(max_col england 3)"; england_heap="$(peak_heap "$out/england.gc")"

# ---- row 7: Birmingham scale, both workstreams in one process (issue 16) ---------------------------
bham_ehcp="$here/target/sen-cohort-ehcp-$ehcp.json"; bham_sspp="$here/target/sen-cohort-sspp-$sspp.json"
[[ -f "$bham_ehcp" ]] || "$sen" cohort --kind ehcp --size "$ehcp" --seed 1 --out "$bham_ehcp" > /dev/null
[[ -f "$bham_sspp" ]] || "$sen" cohort --size "$sspp" --seed 1 --out "$bham_sspp" > /dev/null
echo "row 7: ./sen simulate, $ehcp EHCP + $sspp SSPP pupils, every option, five years, $sim_runs runs..." >&2
bham_args=("$bham_ehcp" "$bham_sspp" --years 2025-26:2029-30
           --parameters "funding-shared=$root/examples/projected-rates/funding-shared.parameters.json"
           --hnb "$root/examples/data/high-needs-forecast/2025-26-q2.json" --quiet)
for ((i = 1; i <= sim_runs; i++)); do
  timed birmingham "$sen" simulate "${bham_args[@]}"
  # what the short-run inlining setting the launcher used to choose by input size would buy (issue 33 row 6)
  timed birmingham-short-inlining env "JAVA_OPTS=-XX:FreqInlineSize=50 -XX:InlineSmallCode=1000" "$sen" simulate "${bham_args[@]}"
  if [[ -n "$reference" ]]; then
    timed birmingham-reference "$reference" simulate "${bham_args[@]}"
  fi
done
bham="$(median birmingham 1)"; bham_short="$(median birmingham-short-inlining 1)"
bham_ref="$( [[ -n "$reference" ]] && median birmingham-reference 1 || echo 0)"
bham_rss_mb=$(( $(max_col birmingham 3) / 1024 ))

# ---- the table -------------------------------------------------------------------------------------
echo
echo "| what | target | measured | reference, same run | ratio | |"
echo "|---|---|---|---|---|---|"
echo "| 1. one \`sspp-top-up\` decision with explanation, steady state (JMH ${jmh[*]}) | <= 0.3x the plain session | ${typ} ± $(err engineTypical) us | plain stateless session over the same rules: ${plain} ± $(err plainDroolsTypical) us | $(ratio "$typ" "$plain") | $(met "$(ratio "$typ" "$plain")" "<=" 0.3) |"
echo "| — mixed cases (1,024 generated, in turn) | <= 0.3x the plain session | ${mixed} ± $(err engineMixed) us | plain session, the same cases: ${plain_mixed} ± $(err plainDroolsMixed) us | $(ratio "$mixed" "$plain_mixed") | $(met "$(ratio "$mixed" "$plain_mixed")" "<=" 0.3) |"
echo "| 2. that decision and its JSON (\`engineTypicalWithJson\`) | <= 1.5 us more than the decision | ${with_json} ± $(err engineTypicalWithJson) us: ${json_extra} us more | the decision alone: ${typ} us | $(ratio "$with_json" "$typ") | $(met "$json_extra" "<=" 1.5) |"
echo "| 3. $cohort cases x 8 SSPP policies, \`./sen simulate\`, -Xmx512m, median of $sim_runs | <= 0.5x the plain session's time | ${sim8} s wall, $(median sim8 2) s CPU$( [[ "$(failed sim8)" == yes ]] && echo ', A RUN FAILED'); peak heap ${heap8:-?} MB, max RSS $(( $(max_col sim8 3) / 1024 )) MB | $decisions decisions x ${plain_mixed} us (plain, mixed) / $cores cores = ${plain_share} s | $(ratio "$sim8" "$plain_share") | $(met "$(ratio "$sim8" "$plain_share")" "<=" 0.5) |"
echo "| — a policy what-if: 8 policies against 1, same cohort | (round 2: <= 3x) | 8 policies ${sim8} s | 1 policy (\`--policies current\`): ${sim1} s | $(ratio "$sim8" "$sim1") | $(met "$(ratio "$sim8" "$sim1")" "<=" 3) |"
echo "| 4. Birmingham scale: $ehcp EHCP + $sspp SSPP pupils, every option of both workstreams, five years, one process, median of $sim_runs | <= 0.35x 76dfa41 on this machine, <= 1 GB RSS | ${bham} s wall, $(median birmingham 2) s CPU$( [[ "$(failed birmingham)" == yes ]] && echo ', A RUN FAILED'), max RSS ${bham_rss_mb} MB | $( [[ -n "$reference" ]] && echo "76dfa41, the same command: ${bham_ref} s wall, $(median birmingham-reference 2) s CPU, max RSS $(( $(max_col birmingham-reference 3) / 1024 )) MB" || echo "none (set SEN_REFERENCE)") | $(ratio "$bham" "$bham_ref") | $( [[ -n "$reference" ]] && met "$(ratio "$bham" "$bham_ref")" "<=" 0.35 || echo 'n/a') / $(met "$bham_rss_mb" "<=" 1024) |"
echo "| 5. England's scale: $england cases x 8 policies, -Xmx1g | <= 25 s | ${england_s} s wall$( [[ "$(failed england)" == yes ]] && echo ', FAILED'), $(median england 2) s CPU; peak heap used ${england_heap:-?} MB, max RSS $(( england_rss / 1024 )) MB | | | $( [[ "$(failed england)" == yes ]] && echo 'MISSED (the run failed: see england.out)' || met "$england_s" "<=" 25) |"
echo "| 6. cold start to a first decision, every shipped pack (\`./sen decide\`), median of $runs | <= 7x the JVM's own start | ${cold} s wall, $(median sen-decide 2) s CPU | \`java -version\`: ${jvm} s wall, $(median java-version 2) s CPU | $(ratio "$cold" "$jvm") | $(met "$(ratio "$cold" "$jvm")" "<=" 7) |"
echo "| — against a bare Drools runtime-DRL start of the same rules | (round 2: <= 0.6x) | ${cold} s | ${bare} s wall, $(median bare-drools 2) s CPU | $(ratio "$cold" "$bare") | $(met "$(ratio "$cold" "$bare")" "<=" 0.6) |"
echo "| — the rules compiled at run time (\`-Dsenrules.prebuiltRules=false\`) | | ${cold_rt} s wall, $(median sen-decide-runtime-drl 2) s CPU | pre-built: ${cold} s | $(ratio "$cold" "$cold_rt") | (what the pre-built rules save) |"
# the runs were interleaved, so each pair ran at the same speed of the machine: the gain is the median of the pairs' ratios
pairs="$(paste -d' ' "$out/birmingham-short-inlining.times" "$out/birmingham.times" | awk '{ print $1 / $5 }' | sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", v[int((NR + 1) / 2)] }')"
echo "| — the launcher's JVM settings: simulate's are the same for every input; the short-run inlining it used to choose by size, measured on row 4 | kept only if >= 20% faster | with \`-XX:FreqInlineSize=50 -XX:InlineSmallCode=1000\`: ${bham_short} s wall, $(median birmingham-short-inlining 2) s CPU | as shipped: ${bham} s (medians: $(ratio "$bham_short" "$bham")) | median of the interleaved pairs: ${pairs} | $(awk -v r="$pairs" 'BEGIN { print (r > 0 && r <= 0.8) ? "pays 20%: a size-chosen setting would be allowed" : "does not pay 20%: no size-chosen setting" }') |"
echo
echo "# load average at end:$(uptime | sed 's/.*load average://')"
echo "# details: $out (each run's wall s, CPU s, max RSS kB and exit code in NAME.times; JMH in jmh.out)"
