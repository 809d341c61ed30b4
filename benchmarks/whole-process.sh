#!/usr/bin/env bash
# Whole-process timings for docs/performance.md: each run is a new JVM, timed from outside
# (fork to exit), and the median of the runs is printed with the minimum and maximum.
#
#   benchmarks/whole-process.sh cold-start [RUNS]          JVM start to the first decision, every pack loaded
#   benchmarks/whole-process.sh cold-start-one [RUNS]      the same compiling only sspp-top-up (builder().ruleSets)
#   benchmarks/whole-process.sh simulate [RUNS] [THREADS]  100,000 SSPP cases x 8 policies, -Xmx512m
#                                                          (the harness; THREADS=1 decides on one thread)
#   benchmarks/whole-process.sh sen-simulate [RUNS]        the same through ./sen simulate, -Xmx512m
#
# Build first: mvn -B -pl benchmarks -am package -DskipTests
# JAVA_OPTS adds JVM options (e.g. JAVA_OPTS="-XX:SharedArchiveFile=target/senrules.jsa").
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/benchmarks.jar"
[[ -f "$jar" ]] || { echo "build first: mvn -B -pl benchmarks -am package -DskipTests" >&2; exit 2; }
what="${1:?cold-start, simulate or sen-simulate}"
runs="${2:-5}"
log="-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"
case "$what" in
  cold-start)
    cmd=(java ${JAVA_OPTS:-} "$log" -cp "$jar" org.senrules.benchmarks.ColdStart) ;;
  cold-start-one)
    cmd=(java ${JAVA_OPTS:-} "$log" -cp "$jar" org.senrules.benchmarks.ColdStart only) ;;
  simulate)
    cohort="$here/target/cohort-100000.json"
    [[ -f "$cohort" ]] || java -cp "$jar" org.senrules.benchmarks.Simulate --write "$cohort" 100000
    threads=()
    [[ "${3:-}" == 1 ]] && threads=(--threads 1)
    cmd=(java -Xmx512m ${JAVA_OPTS:-} "$log" -cp "$jar" org.senrules.benchmarks.Simulate "$cohort" "${threads[@]}") ;;
  sen-simulate)
    cohort="$here/target/sen-cohort-100000.json"
    [[ -f "$cohort" ]] || "$here/../sen" cohort --size 100000 --seed 1 --out "$cohort" >&2
    cmd=(env "JAVA_OPTS=-Xmx512m ${JAVA_OPTS:-}" "$here/../sen" simulate "$cohort" --quiet) ;;
  *) echo "cold-start, simulate or sen-simulate" >&2; exit 2 ;;
esac
echo "# ${cmd[*]}" >&2
echo "# $(uptime)" >&2
times=()
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  "${cmd[@]}" > /dev/null 2> "$here/target/whole-process.err"
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: $ms ms  ($(grep -E '^(cold-start|simulate):' "$here/target/whole-process.err" | cut -d: -f2- | sed 's/^ //'))" >&2
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "$what: median ${sorted[$(( runs / 2 ))]} ms of $runs runs (min ${sorted[0]}, max ${sorted[$(( runs - 1 ))]}); $(uptime | sed 's/.*load/load/')"
