#!/usr/bin/env bash
# Start-to-ready time of the local runtime with the real template, and booking workflow executions per second
# (bench/runtime/README.md).
#
#   bench/runtime/run.sh [--rounds n] [--executions n] [--threads n]     defaults: 5, 500, 8
#
# Builds the product and the runtime from the root (tests skipped), builds bench/runtime/target/runtime-bench.jar,
# then runs RuntimeBench, which starts the runtime's jar in fresh JVMs. Output also goes to target/results.txt.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

(cd "$root" && { mvn -B -q -o install -Dmaven.test.skip=true -DskipTests || mvn -B -q install -Dmaven.test.skip=true -DskipTests; })
(cd "$here" && { mvn -B -q -o package || mvn -B -q package; })

mkdir -p "$here/target"
{
  echo "Machine: $(nproc) CPUs, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(java -version 2>&1 | head -1)"
  java -jar "$here/target/runtime-bench.jar" "$root/local/target/local-runtime.jar" "$root/infra/template.yaml" "$@"
} | tee "$here/target/results.txt"
