package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * States.ArrayPartition(array, size): the array cut into chunks of {@code size}, the last one
 * holding the rest. The size is cut toward zero first (2.6 chunks by 2) and must then be at least 1.
 */
final class ArrayPartitionFunction implements IntrinsicFunction {

    @Override
    public String name() {
        return "States.ArrayPartition";
    }

    @Override
    public JsonNode apply(Invocation invocation) {
        invocation.requireCount(2);
        ArrayNode array = invocation.array(0);
        long size = invocation.truncated(1);
        if (size < 1) {
            throw invocation.invalid();
        }
        // A size beyond the array's length makes one chunk; capping it keeps the index arithmetic in int.
        int chunkSize = (int) Math.min(size, Math.max(array.size(), 1));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ArrayNode chunks = nodes.arrayNode();
        for (int start = 0; start < array.size(); start += chunkSize) {
            ArrayNode chunk = nodes.arrayNode(chunkSize);
            for (int i = start; i < Math.min(array.size(), start + chunkSize); i++) {
                chunk.add(array.get(i));
            }
            chunks.add(chunk);
        }
        return chunks;
    }
}
