package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.dynamodb.StreamRecord;
import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/**
 * Reads a stream handler's partial batch response ({@code {"batchItemFailures":[{"itemIdentifier":"<seq>"}]}})
 * as Lambda does: no failures (an empty list, null, or any other response) is success; a failure naming a
 * record not in the batch, or without an identifier, fails the whole batch; otherwise the batch is processed up
 * to the first failed record.
 */
final class BatchItemFailures {

    private BatchItemFailures() {
    }

    /** The index of the first record to retry: {@code batch.size()} for success, 0 for the whole batch. */
    static int firstFailed(byte[] response, List<StreamRecord> batch) {
        JsonNode node;
        try {
            node = Json.DATA.readTree(response);
        } catch (IOException e) {
            return batch.size();
        }
        JsonNode failures = node == null ? null : node.get("batchItemFailures");
        if (failures == null || failures.isNull() || (failures.isArray() && failures.isEmpty())) {
            return batch.size();
        }
        if (!failures.isArray()) {
            return 0;
        }
        int first = batch.size();
        for (JsonNode failure : failures) {
            JsonNode identifier = failure.get("itemIdentifier");
            int index = identifier == null || !identifier.isTextual() ? -1 : indexOf(identifier.asText(), batch);
            if (index < 0) {
                return 0;
            }
            first = Math.min(first, index);
        }
        return first;
    }

    private static int indexOf(String sequenceNumber, List<StreamRecord> batch) {
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i).sequenceNumber().toString().equals(sequenceNumber)) {
                return i;
            }
        }
        return -1;
    }
}
