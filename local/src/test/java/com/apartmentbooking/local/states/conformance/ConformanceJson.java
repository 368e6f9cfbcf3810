package com.apartmentbooking.local.states.conformance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON reader the suite uses for both the recorded and the engine's values, so that both
 * sides are parsed alike. Floats are read as BigDecimal: comparing through double would call two
 * different decimal outputs equal when they round to the same double.
 */
final class ConformanceJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final int SHOWN_CHARACTERS = 300;

    private ConformanceJson() {
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + abbreviate(json), e);
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Values in mismatch messages are cut: one case carries a 260 KB payload. */
    static String abbreviate(String text) {
        if (text == null || text.length() <= SHOWN_CHARACTERS) {
            return text;
        }
        return text.substring(0, SHOWN_CHARACTERS) + "...(" + text.length() + " chars)";
    }
}
