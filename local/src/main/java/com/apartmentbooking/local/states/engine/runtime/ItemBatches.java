package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.definition.QueryLanguage;
import com.apartmentbooking.local.states.jsonata.JsonataTemplates;
import com.apartmentbooking.local.states.jsonpath.JsonPaths;
import com.apartmentbooking.local.states.jsonpath.PayloadTemplates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * ItemBatcher: groups a Map's items into batches, each processed by one iteration as
 * {@code {"Items": [...], "BatchInput": ...}}. A batch closes at MaxItemsPerBatch items or before
 * it would pass MaxInputBytesPerBatch.
 */
final class ItemBatches {
    private ItemBatches() {
    }

    static ArrayNode group(JsonNode batcher, ArrayNode items, StateRun run, JsonNode effectiveInput) {
        QueryLanguage language = run.state().queryLanguage();
        long maxItems = limit(batcher, "MaxItemsPerBatch", language, run, effectiveInput);
        long maxBytes = limit(batcher, "MaxInputBytesPerBatch", language, run, effectiveInput);
        JsonNode batchInput = batchInput(batcher.get("BatchInput"), language, run, effectiveInput);
        ArrayNode batches = JsonNodeFactory.instance.arrayNode();
        ArrayNode current = null;
        long currentBytes = 0;
        for (JsonNode item : items) {
            long itemBytes = PayloadSize.bytes(item);
            boolean full = current != null && (current.size() >= maxItems || currentBytes + itemBytes > maxBytes);
            if (current == null || full) {
                ObjectNode batch = batches.addObject();
                current = batch.putArray("Items");
                if (batchInput != null) {
                    batch.set("BatchInput", batchInput);
                }
                currentBytes = 0;
            }
            current.add(item);
            currentBytes += itemBytes;
        }
        return batches;
    }

    private static long limit(JsonNode batcher, String field, QueryLanguage language, StateRun run,
            JsonNode effectiveInput) {
        JsonNode value = batcher.get(field);
        if (batcher.has(field + "Path")) {
            value = JsonPaths.readField(batcher.get(field + "Path").textValue(), run.pathContext(effectiveInput),
                    field + "Path");
        } else if (value != null && language == QueryLanguage.JSONATA) {
            value = JsonataTemplates.evaluate(value, JsonataFlow.scope(run), "ItemBatcher/" + field);
        }
        if (value == null) {
            return Long.MAX_VALUE;
        }
        if (!value.isIntegralNumber() || value.longValue() < 1) {
            throw new StatesError(StatesError.RUNTIME, field + " must be a positive integer, but was: " + value);
        }
        return value.longValue();
    }

    private static JsonNode batchInput(JsonNode template, QueryLanguage language, StateRun run, JsonNode input) {
        if (template == null) {
            return null;
        }
        return language == QueryLanguage.JSONPATH
                ? PayloadTemplates.evaluate(template, run.pathContext(input))
                : JsonataTemplates.evaluate(template, JsonataFlow.scope(run), "ItemBatcher/BatchInput");
    }
}
