package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.definition.MapLimits;
import com.apartmentbooking.local.states.definition.QueryLanguage;
import com.apartmentbooking.local.states.jsonata.JsonataTemplates;
import com.apartmentbooking.local.states.jsonpath.JsonPaths;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Map attempt's concurrency and failure tolerance, evaluated from literals, paths or JSONata.
 * {@code maxConcurrency} 0 means no limit; a null tolerance means none was set.
 */
record MapSettings(int maxConcurrency, Long toleratedFailureCount, Double toleratedFailurePercentage) {

    static MapSettings evaluate(MapLimits limits, QueryLanguage language, StateRun run, JsonNode effectiveInput) {
        JsonNode concurrency = value(limits.maxConcurrency(), limits.maxConcurrencyPath(), "MaxConcurrency", language,
                run, effectiveInput);
        JsonNode count = value(limits.toleratedFailureCount(), limits.toleratedFailureCountPath(),
                "ToleratedFailureCount", language, run, effectiveInput);
        JsonNode percentage = value(limits.toleratedFailurePercentage(), limits.toleratedFailurePercentagePath(),
                "ToleratedFailurePercentage", language, run, effectiveInput);
        Double maxConcurrency = number(concurrency, "MaxConcurrency");
        if (maxConcurrency != null && (maxConcurrency < 0 || maxConcurrency != Math.rint(maxConcurrency))) {
            throw runtime("MaxConcurrency must be a non-negative integer.");
        }
        Double tolerated = number(count, "ToleratedFailureCount");
        if (tolerated != null && tolerated < 0) {
            throw runtime("ToleratedFailureCount cannot be negative.");
        }
        Double toleratedShare = number(percentage, "ToleratedFailurePercentage");
        if (toleratedShare != null && (toleratedShare < 0 || toleratedShare > 100)) {
            throw runtime("ToleratedFailurePercentage must be between 0 and 100.");
        }
        return new MapSettings(maxConcurrency == null ? 0 : maxConcurrency.intValue(),
                tolerated == null ? null : tolerated.longValue(), toleratedShare);
    }

    /** Whether {@code failures} of {@code total} items fail the Map. Without a tolerance, one does. */
    boolean exceeded(int failures, int total) {
        if (toleratedFailureCount == null && toleratedFailurePercentage == null) {
            return failures > 0;
        }
        boolean overCount = toleratedFailureCount != null && failures > toleratedFailureCount;
        boolean overShare = toleratedFailurePercentage != null && total > 0
                && failures * 100.0 / total > toleratedFailurePercentage;
        return overCount || overShare;
    }

    boolean hasTolerance() {
        return toleratedFailureCount != null || toleratedFailurePercentage != null;
    }

    ObjectNode snapshot() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("maxConcurrency", maxConcurrency);
        if (toleratedFailureCount != null) {
            node.put("toleratedFailureCount", toleratedFailureCount);
        }
        if (toleratedFailurePercentage != null) {
            node.put("toleratedFailurePercentage", toleratedFailurePercentage);
        }
        return node;
    }

    static MapSettings restore(JsonNode node) {
        return new MapSettings(node.get("maxConcurrency").intValue(),
                node.has("toleratedFailureCount") ? node.get("toleratedFailureCount").longValue() : null,
                node.has("toleratedFailurePercentage") ? node.get("toleratedFailurePercentage").doubleValue() : null);
    }

    private static JsonNode value(JsonNode literal, String path, String field, QueryLanguage language, StateRun run,
            JsonNode effectiveInput) {
        if (path != null) {
            return JsonPaths.readField(path, run.pathContext(effectiveInput), field + "Path");
        }
        if (literal != null && language == QueryLanguage.JSONATA) {
            return JsonataTemplates.evaluate(literal, JsonataFlow.scope(run), field);
        }
        return literal;
    }

    /** A number, also written as a string (AWS reads "1" from a variable as 1). */
    private static Double number(JsonNode value, String field) {
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            try {
                return Double.valueOf(value.textValue().trim());
            } catch (NumberFormatException notANumber) {
                throw runtime(field + " must be a number, but was: " + value.textValue());
            }
        }
        throw runtime(field + " must be a number, but was: " + value);
    }

    private static StatesError runtime(String cause) {
        return new StatesError(StatesError.RUNTIME, cause);
    }
}
