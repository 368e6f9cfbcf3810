#!/usr/bin/env bash
# PutItem/GetItem throughput of the local DynamoDB, against dynalite and a canned-reply ceiling (bench/dynamodb/README.md).
#
#   bench/dynamodb/run.sh [--with-in-memory] [Bench options]
#       Bench options, default: --ops 5000 --mixed-ops 20000 --threads 4 --warmup 5000 --rounds 3
#       --with-in-memory adds a fourth target, "ours-mem": our runtime on Store.inMemory(), to tell the cost of
#       durability from the rest (not one of the issue's targets).
#
# In one command: installs dynalite (npm, into bench/dynamodb/node), installs `local` from the root (tests skipped),
# builds bench/dynamodb/target/dynamodb-bench.jar, starts three servers on loopback ports -- our runtime (FrontDoor +
# LocalDynamoDb on a durable store in a temp dir, its own JVM), dynalite (node, in memory, its default) and the
# canned-reply server (its own JVM) -- runs the client (Bench) against each, prints ops/s and the ratios, and stops
# the servers. Output also goes to bench/dynamodb/target/results.txt.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dynalite_version=4.0.0
with_in_memory=false
bench_args=()
for arg in "$@"; do
  if [[ "$arg" == --with-in-memory ]]; then with_in_memory=true; else bench_args+=("$arg"); fi
done

if [[ ! -x "$here/node/node_modules/.bin/dynalite" ]]; then
  npm install --prefix "$here/node" --no-audit --no-fund "dynalite@$dynalite_version"
fi

# Offline first (everything is usually in ~/.m2 already), online if something is missing.
(cd "$root" && { mvn -B -q -o -pl local -am install -Dmaven.test.skip=true || mvn -B -q -pl local -am install -Dmaven.test.skip=true; })
(cd "$here" && { mvn -B -q -o package || mvn -B -q package; })
jar="$here/target/dynamodb-bench.jar"

work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

wait_ready() { # name log port
  for _ in $(seq 1 300); do
    if grep -q "READY" "$2" 2>/dev/null || (exec 3<>"/dev/tcp/127.0.0.1/$3") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "$1 did not start:"; cat "$2"; exit 1
}

jvm=(java -XX:+UseParallelGC -Xms512m -Xmx512m)
ours_port=$(free_port)
"${jvm[@]}" -cp "$jar" com.apartmentbooking.bench.dynamodb.LocalServer "$ours_port" "$work/data" > "$work/ours.log" 2>&1 &
pids+=($!)
canned_port=$(free_port)
"${jvm[@]}" -cp "$jar" com.apartmentbooking.bench.dynamodb.CannedServer "$canned_port" > "$work/canned.log" 2>&1 &
pids+=($!)
dynalite_port=$(free_port)
node "$here/node/node_modules/dynalite/cli.js" --port "$dynalite_port" --host 127.0.0.1 > "$work/dynalite.log" 2>&1 &
pids+=($!)
extra_targets=()
if $with_in_memory; then
  mem_port=$(free_port)
  "${jvm[@]}" -cp "$jar" com.apartmentbooking.bench.dynamodb.LocalServer "$mem_port" memory > "$work/ours-mem.log" 2>&1 &
  pids+=($!)
  wait_ready ours-mem "$work/ours-mem.log" "$mem_port"
  extra_targets+=(ours-mem="http://127.0.0.1:$mem_port")
fi
wait_ready ours "$work/ours.log" "$ours_port"
wait_ready canned "$work/canned.log" "$canned_port"
wait_ready dynalite "$work/dynalite.log" "$dynalite_port"

mkdir -p "$here/target"
{
  echo "Machine: $(nproc) CPUs, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(java -version 2>&1 | head -1), node $(node --version), dynalite $dynalite_version"
  echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  "${jvm[@]}" -jar "$jar" \
    ceiling="http://127.0.0.1:$canned_port" ours="http://127.0.0.1:$ours_port" dynalite="http://127.0.0.1:$dynalite_port" \
    ${extra_targets[@]+"${extra_targets[@]}"} ${bench_args[@]+"${bench_args[@]}"}
  echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee "$here/target/results.txt"
