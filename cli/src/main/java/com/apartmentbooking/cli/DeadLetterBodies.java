package com.apartmentbooking.cli;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A dead letter's body in one readable line: a Lambda on-failure record (the stream batch given up on), an
 * EventBridge event, or else the body itself, shortened.
 */
final class DeadLetterBodies {

    private DeadLetterBodies() {
    }

    static String summary(String body) {
        JsonNode json = CliJson.parseOrNull(body);
        if (json == null) {
            return CliJson.abbreviate(body, 300);
        }
        JsonNode context = json.path("requestContext");
        JsonNode batch = json.path("DDBStreamBatchInfo");
        if (context.isObject() && batch.isObject()) {
            return "stream batch given up on (" + context.path("condition").asText("?") + " after "
                    + context.path("approximateInvokeCount").asText("?") + " invocations of "
                    + context.path("functionArn").asText("?") + "): shard " + batch.path("shardId").asText("?")
                    + ", sequence numbers " + batch.path("startSequenceNumber").asText("?") + " to "
                    + batch.path("endSequenceNumber").asText("?") + " (" + batch.path("batchSize").asText("?")
                    + " records); error: " + json.path("responseContext").path("functionError").asText("-");
        }
        if (json.has("detail-type") && json.has("source")) {
            return "event " + json.path("detail-type").asText() + " from " + json.path("source").asText()
                    + " at " + json.path("time").asText("?") + ": " + CliJson.abbreviate(CliJson.compact(json.path("detail")), 240);
        }
        return CliJson.abbreviate(CliJson.compact(json), 300);
    }
}
