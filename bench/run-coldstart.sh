#!/usr/bin/env bash
# Cold-start benchmark of the three Lambda handlers against a bare hello-world handler (bench/README.md).
#
#   bench/run-coldstart.sh [--skip-product-build] [--offline] [--without-tracing] [--compare REV] [driver options]
#
# Builds the shaded Lambda jars (the three modules and what they need, tests skipped) unless
# --skip-product-build, builds the harness, and runs the driver. --offline builds with mvn -o.
# --compare REV also builds the three Lambda jars of git revision REV (from `git archive`, in a
# directory removed after the build) and measures them in the same rounds as the working tree's, as
# "<module> <short REV>": before and after from one run. --without-tracing also builds copies of the three modules
# without @Tracing, powertools-tracing, aspectjrt and the weaver, and measures them in the same
# rounds as the modules, as "<module> untraced" (an investigation: the deployables are the traced
# jars). Driver options pass through, e.g.
# --runs 3 or --only baseline,payment-handler. Results: stdout and <work>/results.md.
set -euo pipefail

bench="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$bench")"
modules=(reservation-api payment-handler status-projector)

modules_list="$(IFS=,; echo "${modules[*]}")"

build_product=true
without_tracing=false
compare_rev=""
mvn_flags=(-B -q)
while [[ $# -gt 0 ]]; do
  case "$1" in
    --skip-product-build) build_product=false; shift ;;
    --offline) mvn_flags+=(-o); shift ;;
    --without-tracing) without_tracing=true; shift ;;
    --compare) compare_rev="${2:?--compare needs a git revision}"; shift 2 ;;
    *) break ;;
  esac
done

if $build_product; then
  (cd "$root" && mvn "${mvn_flags[@]}" -DskipTests -pl "$modules_list" -am package)
fi
(cd "$root" && mvn "${mvn_flags[@]}" -f bench/pom.xml package)

# The verbose tree also lists the duplicates Maven omitted: with it the driver works out which
# artifacts only tracing brings in.
(cd "$root" && mvn "${mvn_flags[@]}" -pl "$modules_list" -am \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:tree \
  -Dverbose -Dscope=runtime -DoutputFile=target/runtime-dependency-tree.txt)
driver_args=()
for module in "${modules[@]}"; do
  driver_args+=(--tree "$module=$root/$module/target/runtime-dependency-tree.txt")
done

work="$bench/target/coldstart"
if $without_tracing; then
  work="$bench/target/coldstart-without-tracing"
  copies="$bench/target/without-tracing"
  rm -rf "$copies"
  mkdir -p "$copies"
  # A reactor of its own, so the copies get `model` from it and need nothing installed.
  cat > "$copies/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.apartmentbooking</groupId>
  <artifactId>without-tracing</artifactId>
  <version>1.0.0-SNAPSHOT</version>
  <packaging>pom</packaging>
  <modules>
    <module>../../../model</module>
$(for module in "${modules[@]}"; do echo "    <module>$module</module>"; done)
  </modules>
</project>
POM
  for module in "${modules[@]}"; do
    mkdir -p "$copies/$module/src"
    cp -r "$root/$module/src/main" "$copies/$module/src/main"
    find "$copies/$module/src" -name '*.java' -exec perl -0pi -e \
      's/^\s*\@Tracing(\([^)]*\))?[ \t]*\n//mg; s/^import software\.amazon\.lambda\.powertools\.tracing\.[\w.]+;[ \t]*\n//mg' {} +
    perl -0pe '
      s{<dependency>\s*<groupId>software\.amazon\.lambda</groupId>\s*<artifactId>powertools-tracing</artifactId>.*?</dependency>}{}s;
      s{<dependency>\s*<groupId>org\.aspectj</groupId>\s*<artifactId>aspectjrt</artifactId>.*?</dependency>}{}s;
      s{<plugin>\s*<groupId>dev\.aspectj</groupId>.*?</plugin>}{}s;
      s{(<parent>.*?)\s*</parent>}{$1\n    <relativePath>../../../../pom.xml</relativePath>\n  </parent>}s' \
      "$root/$module/pom.xml" > "$copies/$module/pom.xml"
    if grep -rqE 'software\.amazon\.lambda\.powertools|org\.aspectj' "$copies/$module/src" \
       || grep -qE '<artifactId>(powertools-tracing|aspectjrt|aspectj-maven-plugin)</artifactId>' "$copies/$module/pom.xml"; then
      echo "run-coldstart.sh: $module still uses tracing after stripping it (see $copies/$module)" >&2
      exit 1
    fi
    driver_args+=(--variant "$module:untraced=$copies/$module/target/$module-lambda.jar")
  done
  (cd "$copies" && mvn "${mvn_flags[@]}" -DskipTests package)
fi

if [[ -n "$compare_rev" ]]; then
  label="$(git -C "$root" rev-parse --short "$compare_rev^{commit}")"
  compared="$bench/target/compare/$label"
  source_tree="$bench/target/compare/source"
  rm -rf "$compared" "$source_tree"
  mkdir -p "$compared" "$source_tree"
  # A plain export, not a git worktree: nothing is left in the repository's metadata.
  git -C "$root" archive "$label" | tar -x -C "$source_tree"
  if ! (cd "$source_tree" && mvn "${mvn_flags[@]}" -DskipTests -pl "$modules_list" -am package); then
    rm -rf "$source_tree"
    echo "run-coldstart.sh: building the Lambda jars of $compare_rev failed" >&2
    exit 1
  fi
  for module in "${modules[@]}"; do
    cp "$source_tree/$module/target/$module-lambda.jar" "$compared/"
    driver_args+=(--variant "$module:$label=$compared/$module-lambda.jar")
  done
  # The outbox relay is the reservation-api jar's second handler.
  driver_args+=(--variant "booking-requested-relay:$label=$compared/reservation-api-lambda.jar")
  rm -rf "$source_tree"
fi

harness="$bench/coldstart/harness/target"
launcher_cp="$harness/coldstart-harness.jar"
for lib in "$harness"/lib/aws-lambda-java-core-*.jar "$harness"/lib/aws-lambda-java-serialization-*.jar; do
  launcher_cp="$launcher_cp:$lib"
done

java -cp "$harness/coldstart-harness.jar:$harness/lib/*" com.apartmentbooking.bench.coldstart.Driver \
  --root "$root" \
  --baseline-jar "$bench/coldstart/baseline/target/coldstart-baseline-lambda.jar" \
  --sdk-floor-jar "$bench/coldstart/sdk-floor/target/coldstart-sdk-floor-lambda.jar" \
  --launcher-cp "$launcher_cp" \
  --fixtures "$bench/coldstart/fixtures" \
  --work "$work" \
  --m2 "${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}" \
  "${driver_args[@]}" \
  "$@"
