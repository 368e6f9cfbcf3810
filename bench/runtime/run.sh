#!/usr/bin/env bash
# The local runtime's benchmarks (bench/runtime/README.md).
#
#   bench/runtime/run.sh [--rounds n] [--executions n] [--threads n] [--only startup|throughput|subscriptions]
#       issue #5's measurements of the working tree (defaults: 5, 500, 8)
#   bench/runtime/run.sh --targets --compare <git rev> [--rounds 4] [--executions 300] [--calls 20000] ...
#       every target of issue #14 for the revision (before) and the working tree (after) in one run
#   bench/runtime/run.sh --targets --compare-built <dir> [...]
#       the same, with an already built worktree as before
#
# Builds with Maven offline and tests skipped (package only, nothing installed). Output also goes to target/.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="$here/target"

# The modules the runtime and the template's functions come from: local, and each CodeUri's module.
build_product() {
  local modules
  modules=$(sed -n 's#^ *CodeUri: *\.\./\([^/]*\)/target/.*#\1#p' "$1/infra/template.yaml" | sort -u | paste -sd, -)
  (cd "$1" && mvn -B -q -o package -DskipTests -pl "local,$modules" -am) >&2
}

build_bench() {
  (cd "$here" && mvn -B -q -o package) >&2
}

if [[ "${1:-}" != --targets ]]; then
  build_product "$root"
  build_bench
  mkdir -p "$target"
  {
    echo "Machine: $(nproc) CPUs, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(java -version 2>&1 | head -1)"
    java -jar "$target/runtime-bench.jar" "$root/local/target/local-runtime.jar" "$root/infra/template.yaml" "$@"
  } | tee "$target/results.txt"
  exit 0
fi
shift

before=""
before_name=""
worktree=""
args=()
while (( $# )); do
  case "$1" in
    --compare)
      sha=$(git -C "$root" rev-parse --verify "$2^{commit}")
      before_name="before ($(git -C "$root" rev-parse --short "$sha"))"
      worktree="$target/before-${sha:0:12}"
      before="$worktree"
      shift 2 ;;
    --compare-built)
      before="$(cd "$2" && pwd)"
      before_name="before ($before)"
      shift 2 ;;
    *)
      args+=("$1")
      shift ;;
  esac
done
if [[ -z $before ]]; then
  echo "run.sh --targets needs --compare <git rev> or --compare-built <dir>" >&2
  exit 2
fi

work="$target/targets-run"
cleanup() {
  rm -rf "$work/data" "$work/fake-bin"
  if [[ -n $worktree ]]; then
    git -C "$root" worktree remove --force "$worktree" 2> /dev/null || rm -rf "$worktree"
    git -C "$root" worktree prune
  fi
}
trap cleanup EXIT
rm -rf "$work"
mkdir -p "$work"

if [[ -n $worktree ]]; then
  git -C "$root" worktree remove --force "$worktree" 2> /dev/null || rm -rf "$worktree"
  git -C "$root" worktree add --detach "$worktree" "$sha" > /dev/null
  echo "Building $before_name in $worktree ..." >&2
  build_product "$worktree"
fi
echo "Building the working tree ..." >&2
build_product "$root"
build_bench
canned="$root/bench/dynamodb/target/dynamodb-bench.jar"
if [[ ! -f $canned ]]; then
  (cd "$root" && mvn -B -q -o -f bench/dynamodb/pom.xml package -DskipTests) >&2
fi

# The runtime's JVM options, read from each build's own run-local.sh: it runs with a stand-in java on the PATH that
# records the command it is given instead of running it (and a stand-in mvn that refuses to build), and the options
# are what comes before -jar in its last command. --help keeps a real java, were one reached, from starting anything.
mkdir -p "$work/fake-bin"
real_java=$(command -v java)
cat > "$work/fake-bin/java" <<FAKE
#!/usr/bin/env bash
if [[ "\${1:-}" == -version ]]; then exec "$real_java" -version; fi
printf '%s\0' "\$@" > "\$RECORDED_JAVA_COMMAND"
FAKE
printf '#!/usr/bin/env bash\necho "run-local.sh wanted to build: its jars are stale" >&2\nexit 1\n' > "$work/fake-bin/mvn"
chmod +x "$work/fake-bin/java" "$work/fake-bin/mvn"
jvm_options() {
  local recorded="$work/java-command-$2" options="$work/jvm-options-$2"
  rm -f "$recorded"
  RECORDED_JAVA_COMMAND="$recorded" PATH="$work/fake-bin:$PATH" timeout 60 "$1/run-local.sh" --help > /dev/null
  if [[ ! -s $recorded ]]; then
    echo "$1/run-local.sh ran no java command: cannot read its JVM options" >&2
    exit 1
  fi
  : > "$options"
  while IFS= read -r -d '' argument; do
    [[ $argument == -jar ]] && break
    echo "$argument" >> "$options"
  done < "$recorded"
  echo "$options"
}
# Each build is started once as a user starts it, until ready, so that what its first start makes (the runtime's
# class data archive) exists before its options are read: the measured starts are a user's later starts.
first_start() {
  local log="$work/first-start-$2.log"
  (cd "$1" && exec ./run-local.sh --data-dir "$work/first-start-$2" --port $((40000 + RANDOM % 20000))) > "$log" 2>&1 &
  local pid=$! waited=0
  until grep -q '^Local runtime ready' "$log" || ! kill -0 "$pid" 2> /dev/null || (( waited >= 1200 )); do
    sleep 0.1
    waited=$((waited + 1))
  done
  # SIGTERM stops the runtime as cleanly as Ctrl-C, and unlike SIGINT is not ignored when run.sh runs in the background.
  kill -TERM "$pid" 2> /dev/null || true
  wait "$pid" || true
  rm -rf "$work/first-start-$2"
}
first_start "$before" before
first_start "$root" after
before_options=$(jvm_options "$before" before)
after_options=$(jvm_options "$root" after)

{
  echo "Machine: $(nproc) CPUs, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(java -version 2>&1 | head -1)"
  echo "After: the working tree at $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD || echo ' with changes'); $(date -u '+%Y-%m-%d %H:%M UTC')"
  java -cp "$target/runtime-bench.jar" com.apartmentbooking.bench.runtime.targets.Targets \
    --before-root "$before" --before-name "$before_name" --before-jvm-options "$before_options" \
    --after-root "$root" --after-name "after" --after-jvm-options "$after_options" \
    --work "$work" --canned-jar "$canned" "${args[@]}"
} | tee "$target/targets-results.md"
