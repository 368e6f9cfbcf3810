package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.dynamodb.StreamRecord;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The record a stream event source mapping sends to its OnFailure destination for a batch it gives up on:
 * which records (by sequence number, not their content), why, and how the last invocation ended.
 *
 * @param condition RetryAttemptsExhausted or RecordAgeExceeded
 * @param functionError the last invocation's function error, or null when it failed through batch item failures
 */
record StreamBatchFailure(String functionArn, String streamArn, String shardId, List<StreamRecord> batch,
        String condition, int invokeCount, String functionError, Instant at) {

    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.putObject("requestContext")
                .put("requestId", UUID.randomUUID().toString())
                .put("functionArn", functionArn)
                .put("condition", condition)
                .put("approximateInvokeCount", invokeCount);
        ObjectNode response = node.putObject("responseContext")
                .put("statusCode", 200)
                .put("executedVersion", FunctionNames.LATEST);
        if (functionError != null) {
            response.put("functionError", functionError);
        }
        node.put("version", "1.0");
        node.put("timestamp", MILLIS.format(at));
        StreamRecord first = batch.get(0);
        StreamRecord last = batch.get(batch.size() - 1);
        node.putObject("DDBStreamBatchInfo")
                .put("shardId", shardId)
                .put("startSequenceNumber", first.sequenceNumber().toString())
                .put("endSequenceNumber", last.sequenceNumber().toString())
                .put("approximateArrivalOfFirstRecord", first.created().truncatedTo(ChronoUnit.SECONDS).toString())
                .put("approximateArrivalOfLastRecord", last.created().truncatedTo(ChronoUnit.SECONDS).toString())
                .put("batchSize", batch.size())
                .put("streamArn", streamArn);
        return node;
    }
}
