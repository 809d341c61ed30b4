#!/usr/bin/env bash
# examples/spark/run.sh: the demo's cohorts on Apache Spark in local mode (local[2]), beside
# ./sen simulate with the same options, and every file compared byte for byte.
#
#   examples/spark/run.sh [OUT]     (OUT defaults to sen-spark-demo)
#
# It builds sen-spark and copies the jars a job needs (examples/spark/target/job) and Spark's own
# (examples/spark/target/spark) on its first run, generates the demo's cohorts with ./sen cohort
# (5,000 SSPP requests and 5,000 EHCP pupils, seed 2026, as ./sen demo does), runs each under every
# policy for five years (and the demo's ten uncertainty runs) with the demo's High Needs Block forecast,
# and prints the comparison.
# SEN_REBUILD=1 builds and copies the jars again (after changing the sources).
# docs/scale.md has the spark-submit command and the Databricks recipe.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-sen-spark-demo}"
cd "$root"
# Spark warns when the host name resolves to the loopback address; local mode needs no other
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
command -v java >/dev/null 2>&1 || { echo "run.sh: java (17 or later) is not on the PATH" >&2; exit 2; }
command -v mvn >/dev/null 2>&1 || { echo "run.sh: Maven (mvn) is needed to build the job" >&2; exit 2; }

if [[ ! -d examples/spark/target/job || ! -d examples/spark/target/spark || "${SEN_REBUILD:-}" == 1 ]]; then
  echo "run.sh: building sen-spark and copying the jars (once; Spark is about 250 MB the first time)..." >&2
  mvn -B -q -Dstyle.color=never -DskipTests install -pl examples/spark -am
  rm -rf examples/spark/target/job examples/spark/target/spark
  mvn -B -q -Dstyle.color=never -f examples/spark/pom.xml dependency:copy-dependencies@job dependency:copy-dependencies@spark
fi

mkdir -p "$out"
./sen cohort --size 5000 --seed 2026 --out "$out/cohort.json" > /dev/null
# ./sen builds itself again on SEN_REBUILD=1 as well: once is enough
unset SEN_REBUILD
./sen cohort --kind ehcp --size 5000 --seed 2026 --out "$out/cohort-ehcp.json" > /dev/null

# the demo's options (./sen demo): its forecast, five years and their ten uncertainty runs, the illustrative
# projected Support Unit values
options=(--hnb examples/data/high-needs-forecast/2025-26-q2.json --years 2025-26:2029-30 --runs 10
         --profile examples/cli/src/main/resources/org/senrules/examples/cli/cohort-profile.json
         --parameters funding-shared=examples/projected-rates/funding-shared.parameters.json)

# Spark on Java 17 reaches into these JDK packages (Spark's own launcher, JavaModuleOptions, adds them)
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
       -cp "examples/spark/target/job/*:examples/spark/target/spark/*" org.senrules.spark.SparkSimulate)

status=0
for cohort in cohort cohort-ehcp; do
  rm -rf "$out/sen/$cohort" "$out/spark/$cohort"
  echo "== $cohort: ./sen simulate" >&2
  ./sen simulate "$out/$cohort.json" --out "$out/sen/$cohort" --quiet "${options[@]}" > /dev/null
  echo "== $cohort: on Spark, local[2]" >&2
  "${spark[@]}" "$out/$cohort.json" --out "$out/spark/$cohort" "${options[@]}"
  for f in "$out/spark/$cohort"/*; do
    name="$(basename "$f")"
    if cmp -s "$f" "$out/sen/$cohort/$name"; then
      echo "   same bytes: $name"
    else
      echo "   DIFFERENT:  $name" && status=1
    fi
  done
done
[[ $status == 0 ]] && echo "Every file Spark wrote is the same, byte for byte, as ./sen simulate's (which also writes report.html and summary.md)."
exit $status
