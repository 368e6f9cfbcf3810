#!/usr/bin/env bash
# Builds what is missing and starts the whole system locally from infra/template.yaml (DESIGN §5):
# DynamoDB, Streams, SQS, EventBridge, Step Functions and the Lambda functions on http://127.0.0.1:4566.
# State is kept in .local-data/ between runs (delete it to start afresh); Ctrl-C stops the runtime.
#
#   ./run-local.sh [runtime options]       e.g. --port 4567, --max-instances 2 (--help lists them)
#
# PaymentWebhookSecret defaults to a local-only value; pass --parameter PaymentWebhookSecret=... to change it.
set -euo pipefail
cd "$(dirname "$0")"

jars=(local/target/local-runtime.jar reservation-api/target/reservation-api-lambda.jar
      payment-handler/target/payment-handler-lambda.jar status-projector/target/status-projector-lambda.jar)
# Build when a jar is missing, or a source, workflow definition or pom is newer than it.
stale() {
  [[ ! -f "$1" ]] || [[ -n "$(find . \( -path ./.local-data -o -path ./bench -o -path '*/target' \) -prune \
      -o \( -path '*/src/main/*' -o -name pom.xml -o -name '*.asl.json' \) -newer "$1" -print -quit)" ]]
}
needs_build=false
for jar in "${jars[@]}"; do
  if stale "$jar"; then
    needs_build=true
    break
  fi
done
if $needs_build; then
  echo "Building (mvn package, tests skipped)..."
  mvn -B -q package -DskipTests
fi

exec java -jar local/target/local-runtime.jar \
  --template infra/template.yaml \
  --data-dir .local-data \
  --sample-data infra/sample-data.json \
  --parameter PaymentWebhookSecret=local-webhook-secret \
  "$@"
