#!/usr/bin/env bash
# Command 1 of the README: builds what is missing or out of date, then starts the whole system locally from
# infra/template.yaml on http://127.0.0.1:4566, with its state in .local-data/ kept between runs and the sample
# apartments (infra/sample-data.json) seeded on the first start. It prints a line per service as it becomes ready,
# then what each user needs. Ctrl-C stops it cleanly (a second Ctrl-C at once).
#
#   ./run-local.sh [--reset] [runtime options]   --reset deletes .local-data/ first; e.g. --port 4567 (--help lists them)
#
# PaymentWebhookSecret defaults to a local-only value; pass --parameter PaymentWebhookSecret=... to change it.
set -euo pipefail
cd "$(dirname "$0")"

# Java first: the build and the runtime need 17 or later, and an older one fails with a less helpful message.
if ! command -v java > /dev/null; then
  echo "run-local.sh needs Java 17 or later, and there is no java on the PATH: install a JDK 17+ and put its bin/ on the PATH" >&2
  exit 1
fi
java_description=$(java -version 2>&1)
java_version=$(sed -n 's/.* version "\([^"]*\)".*/\1/p' <<< "$java_description" | head -n 1)
java_major=${java_version%%.*}
if [[ $java_major == 1 ]]; then
  java_major=$(cut -d. -f2 <<< "$java_version")   # "1.8.0_392" is Java 8
fi
java_major=${java_major%%[!0-9]*}
if [[ -z $java_major ]] || (( java_major < 17 )); then
  echo "run-local.sh needs Java 17 or later, and $(command -v java) is Java ${java_version:-of an unknown version}: install a JDK 17+ and put its bin/ first on the PATH" >&2
  exit 1
fi

jars=(local/target/local-runtime.jar reservation-api/target/reservation-api-lambda.jar
      payment-handler/target/payment-handler-lambda.jar status-projector/target/status-projector-lambda.jar)
# Build when a jar is missing, or a source, workflow definition or pom is newer than it.
stale() {
  [[ ! -f "$1" ]] || [[ -n "$(find . \( -path ./.git -o -path ./.local-data -o -path ./bench -o -path '*/target' \
      -o -name node_modules \) -prune -o \( -path '*/src/main/*' -o -name pom.xml -o -name '*.asl.json' \) \
      -newer "$1" -print -quit)" ]]
}
needs_build=false
for jar in "${jars[@]}"; do
  if stale "$jar"; then
    needs_build=true
    break
  fi
done
if $needs_build; then
  if ! command -v mvn > /dev/null; then
    echo "run-local.sh needs Maven 3.8 or later to build the system, and there is no mvn on the PATH" >&2
    exit 1
  fi
  echo "Building (mvn package, tests skipped)..."
  mvn -B -q package -DskipTests
fi

# The runtime's classes come from a class data archive made for this build and this Java, which saves about a
# third of a start's work: a start without one lists the classes it loads and, once ready, has them dumped into the
# archive; the next starts map it. One older than the runtime's jars is recorded again; the JVM ignores one it cannot
# use (its warnings are off: nothing to do about them).
archive=local/target/cds/local-runtime-$(cksum <<< "$java_description" | cut -d' ' -f1).jsa
if [[ -f $archive && -z "$(find local/target/local-runtime.jar local/target/lib -newer "$archive" -print -quit \
    2> /dev/null)" ]]; then
  class_archive=(-XX:SharedArchiveFile="$archive")
else
  rm -f "$archive" "$archive.classlist"
  mkdir -p "$(dirname "$archive")"
  class_archive=(-XX:DumpLoadedClassList="$archive.classlist" -Dapartmentbooking.local.classArchive="$archive")
fi

# The runtime's JVM options are kept in one file, local/runtime-jvm.options, which the benchmarks read too.
exec java @local/runtime-jvm.options "${class_archive[@]}" -Xlog:cds=off,cds+dynamic=off \
  -jar local/target/local-runtime.jar \
  --template infra/template.yaml \
  --data-dir .local-data \
  --sample-data infra/sample-data.json \
  --parameter PaymentWebhookSecret=local-webhook-secret \
  "$@"
