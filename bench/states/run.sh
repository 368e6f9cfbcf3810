#!/usr/bin/env bash
# JMH benchmark of the local Step Functions engine: state transitions per second on one thread
# for a 100-state Pass chain, a Choice loop and a Map over 1,000 items (bench/states/README.md).
#
#   bench/states/run.sh [JMH options]        default options: -wi 3 -i 5 -f 1
#
# Installs `local` from the root (tests skipped), builds bench/states/target/benchmarks.jar, runs
# it, and prints the results as transitions per second. Raw results: bench/states/target/results.csv.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

(cd "$root" && mvn -B -q -pl local -am install -DskipTests)
(cd "$here" && mvn -B -q package)

jmh_options=("$@")
if [[ ${#jmh_options[@]} -eq 0 ]]; then
  jmh_options=(-wi 3 -i 5 -f 1)
fi
results="$here/target/results.csv"
java -jar "$here/target/benchmarks.jar" StateTransitionsBenchmark "${jmh_options[@]}" -rf csv -rff "$results"

# JMH counts an operation per transition (@OperationsPerInvocation), so its ops/s are transitions/s.
echo
echo "Machine: $(nproc) CPUs, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(java -version 2>&1 | head -1)"
echo
printf '%-12s %18s %14s\n' benchmark transitions/s '± (99.9%)'
tail -n +2 "$results" | tr -d '"' | while IFS=, read -r name _mode _threads _samples score error _unit; do
  printf '%-12s %18.0f %14.0f\n' "${name##*.}" "$score" "$error"
done
