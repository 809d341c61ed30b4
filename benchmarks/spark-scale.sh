#!/usr/bin/env bash
# The figures docs/scale.md extrapolates from (issue 34 item 4), on one machine:
#   row 1  Spark's overhead: the demo's cohorts (5,000 SSPP requests x 8 policies, 5,000 EHCP pupils x
#          7 frameworks, the snapshot and five years with the demo's forecast) with ./sen simulate and on
#          Spark local[2], interleaved; the ratios of wall and CPU time, and CPU per decision;
#   row 2  100 uncertainty runs of the Birmingham-scale trajectory (10,000 EHCP pupils and 5,000 SSPP
#          requests, every option of both workstreams, five years, the demo's forecast) with
#          ./sen simulate in one process; the CPU per run and per decision. With --spark, also on Spark
#          local[2] (one job per cohort).
#
#   benchmarks/spark-scale.sh [--spark]           full size (row 2 alone is tens of minutes on 2 cores; a quiet machine)
#   benchmarks/spark-scale.sh --quick [--spark]   small sizes, one run each (a smoke test of the harness; its figures mean nothing)
#
# Build first: examples/spark/run.sh builds the job's jars once (./sen builds itself).
# Output: the table on standard output; each run's details in benchmarks/target/spark-scale/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
sen="$root/sen"
out="$here/target/spark-scale"
[[ -d "$root/examples/spark/target/job" && -d "$root/examples/spark/target/spark" ]] \
  || { echo "build the job's jars first: examples/spark/run.sh (or see docs/scale.md, spark-submit)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "spark-scale.sh needs GNU time (/usr/bin/time): apt-get install time" >&2; exit 2; }

quick=0
spark_rows=0
for a in "$@"; do
  case "$a" in
    --quick) quick=1 ;;
    --spark) spark_rows=1 ;;
    *) echo "usage: benchmarks/spark-scale.sh [--quick] [--spark]" >&2; exit 2 ;;
  esac
done
if (( quick )); then
  runs=1; demo=500; ehcp=1000; sspp=500; draws=5
else
  runs=3; demo=5000; ehcp=10000; sspp=5000; draws=100
fi
mkdir -p "$out"
rm -f "$out"/*.times
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
cores="$(nproc)"

# the demo's options (./sen demo; examples/spark/run.sh)
options=(--hnb "$root/examples/data/high-needs-forecast/2025-26-q2.json" --years 2025-26:2029-30
         --profile "$root/examples/cli/src/main/resources/org/senrules/examples/cli/cohort-profile.json"
         --parameters "funding-shared=$root/examples/projected-rates/funding-shared.parameters.json")
opens=(-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector
       --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
       --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
       --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
       --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
       --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
       --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
       --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
       -Djdk.reflect.useDirectMethodHandle=false)
spark=(java "${opens[@]}" -Dspark.master='local[2]' -Dspark.ui.enabled=false
       -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1
       -Dlog4j2.configurationFile="$root/examples/spark/log4j2.properties"
       -cp "$root/examples/spark/target/job/*:$root/examples/spark/target/spark/*" org.senrules.spark.SparkSimulate)

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
  (( rc == 0 )) || echo "  ($name exited with $rc; see $out/$name.err)" >&2
}
failed() { awk '$4 != 0 { f = 1 } END { print f ? ", A RUN FAILED" : "" }' "$out/$1.times"; }
median() { sort -n -k"$2","$2" "$out/$1.times" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
per() { awk -v a="$1" -v b="$2" -v m="$3" 'BEGIN { if (b > 0) printf "%.1f", a * m / b; else print "n/a" }'; }
# sen_decisions NAME: the decisions a ./sen run printed (its years and its uncertainty runs; a snapshot's, a
# fraction of a per cent of row 2's, is not printed with --quiet), summed
sen_decisions() {
  { grep -oP '^(Year by year.*\(seed -?\d+, |How sure: [\d,]+ runs \(seed -?\d+, )\K[\d,]+(?= decisions)' "$out/$1.out" || true; } \
    | tr -d , | awk '{ s += $1 } END { print s + 0 }'
}
# spark_decisions NAME: the decisions a Spark run printed: the snapshot's (cases x policies), its years' and its runs'
spark_decisions() {
  { { grep -oP '^senrules on Spark: \K\d+ cases of .* under \d+(?= policies)' "$out/$1.out" || true; } | awk '{ print $1 * $NF }'
    grep -oP '^year by year, .*: \K\d+(?= decisions)' "$out/$1.out" || true
    grep -oP '^\d+ uncertainty runs in \d+ tasks, \K\d+(?= decisions)' "$out/$1.out" || true
  } | awk '{ s += $1 } END { print s + 0 }'
}

echo "# senrules on Spark: overhead and uncertainty runs$( (( quick )) && echo ' (--quick: small sizes; the figures mean nothing)')"
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'); git $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "# machine: $(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -n 1), $cores cores; $(java -version 2>&1 | head -n 1)"
echo "# load average at start:$(uptime | sed 's/.*load average://')"

# ---- row 1: the demo's cohorts, ./sen simulate against Spark local[2] --------------------------------
d="$out/data"; mkdir -p "$d"
[[ -f "$d/demo-sspp-$demo.json" ]] || "$sen" cohort --size "$demo" --seed 2026 --out "$d/demo-sspp-$demo.json" > /dev/null
[[ -f "$d/demo-ehcp-$demo.json" ]] || "$sen" cohort --kind ehcp --size "$demo" --seed 2026 --out "$d/demo-ehcp-$demo.json" > /dev/null
echo "row 1: the demo's cohorts, $runs runs each of ./sen simulate and Spark local[2], interleaved..." >&2
for kind in sspp ehcp; do
  for ((i = 1; i <= runs; i++)); do
    rm -rf "$out/o"; timed "sen-$kind" "$sen" simulate "$d/demo-$kind-$demo.json" --quiet --out "$out/o" "${options[@]}"
    rm -rf "$out/o"; timed "spark-$kind" "${spark[@]}" "$d/demo-$kind-$demo.json" --out "$out/o" "${options[@]}"
  done
done

# ---- c_start: one engine's start, bounded above by ./sen simulate of a ten-case cohort, the smallest ./sen cohort makes (JVM, rules, ten decisions)
[[ -f "$d/ten-sspp.json" ]] || "$sen" cohort --size 10 --seed 2026 --out "$d/ten-sspp.json" > /dev/null
for ((i = 1; i <= runs; i++)); do
  rm -rf "$out/o"; timed sen-one "$sen" simulate "$d/ten-sspp.json" --quiet --out "$out/o"
done

# ---- row 2: uncertainty runs at Birmingham's scale -------------------------------------------------------
[[ -f "$d/bham-ehcp-$ehcp.json" ]] || "$sen" cohort --kind ehcp --size "$ehcp" --seed 1 --out "$d/bham-ehcp-$ehcp.json" > /dev/null
[[ -f "$d/bham-sspp-$sspp.json" ]] || "$sen" cohort --size "$sspp" --seed 1 --out "$d/bham-sspp-$sspp.json" > /dev/null
echo "row 2: $draws uncertainty runs of $ehcp EHCP + $sspp SSPP pupils, every option, five years, one process..." >&2
rm -rf "$out/o"; timed bham-sen "$sen" simulate "$d/bham-ehcp-$ehcp.json" "$d/bham-sspp-$sspp.json" --runs "$draws" --seed 1 \
  --quiet --out "$out/o" "${options[@]}"
if (( spark_rows )); then
  echo "row 2 on Spark local[2], one job per cohort..." >&2
  for kind in ehcp sspp; do
    size=$([[ $kind == ehcp ]] && echo "$ehcp" || echo "$sspp")
    rm -rf "$out/o"; timed "bham-spark-$kind" "${spark[@]}" "$d/bham-$kind-$size.json" --runs "$draws" --seed 1 --out "$out/o" "${options[@]}"
  done
fi

# ---- the table ------------------------------------------------------------------------------------------------
echo
echo "| what | ./sen simulate | Spark local[2] | ratio Spark / ./sen |"
echo "|---|---|---|---|"
for kind in sspp ehcp; do
  sw="$(median "sen-$kind" 1)"; sc="$(median "sen-$kind" 2)"; pw="$(median "spark-$kind" 1)"; pc="$(median "spark-$kind" 2)"
  dec="$(spark_decisions "spark-$kind")"
  echo "| demo $kind cohort ($demo), snapshot and five years, median of $runs: wall | ${sw} s$(failed "sen-$kind") | ${pw} s$(failed "spark-$kind") | $(ratio "$pw" "$sw") |"
  echo "| — CPU | ${sc} s | ${pc} s | $(ratio "$pc" "$sc") |"
  echo "| — CPU per decision ($dec decisions) | $(per "$sc" "$dec" 1000000) µs | $(per "$pc" "$dec" 1000000) µs | |"
done
echo
echo "| c_start (upper bound): ./sen simulate of a ten-case cohort, the JVM's and one engine's start, median of $runs: wall | $(median sen-one 1) s$(failed sen-one) |"
echo "|---|---|"
bw="$(median bham-sen 1)"; bc="$(median bham-sen 2)"; bd="$(sen_decisions bham-sen)"
echo
echo "| $draws uncertainty runs, $ehcp EHCP + $sspp SSPP, every option, five years | figure |"
echo "|---|---|"
echo "| ./sen simulate, one process: wall, CPU | ${bw} s, ${bc} s$(failed bham-sen) |"
echo "| decisions (the base years and every run, both cohorts) | $bd |"
echo "| D_run: decisions per run | $(per "$bd" "$draws" 1) |"
echo "| c_run: CPU per run | $(per "$bc" "$draws" 1) s |"
echo "| c_dec: CPU per decision | $(per "$bc" "$bd" 1000000) µs |"
if (( spark_rows )); then
  sw=0; sc=0; sd=0
  for kind in ehcp sspp; do
    sw="$(awk -v a="$sw" -v b="$(median "bham-spark-$kind" 1)" 'BEGIN { print a + b }')"
    sc="$(awk -v a="$sc" -v b="$(median "bham-spark-$kind" 2)" 'BEGIN { print a + b }')"
    sd=$(( sd + $(spark_decisions "bham-spark-$kind") ))
  done
  echo "| Spark local[2], two jobs: wall, CPU | ${sw} s, ${sc} s |"
  echo "| — CPU per decision | $(per "$sc" "$sd" 1000000) µs |"
fi
echo
echo "# load average at end:$(uptime | sed 's/.*load average://')"
echo "# details: $out (each run's wall s, CPU s, max RSS kB and exit code in NAME.times, its output in NAME.out)"
