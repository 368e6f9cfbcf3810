package com.apartmentbooking.model.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** Field access on event details that names the field when it is missing or of the wrong type. */
final class Json {

    static String requiredText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("detail." + field + " must be a string");
        }
        return value.textValue();
    }

    static int requiredInt(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("detail." + field + " must be an integer");
        }
        return value.intValue();
    }

    /** Money travels as a decimal string so that no reader turns it into a binary double. */
    static BigDecimal requiredDecimal(JsonNode node, String field) {
        String text = requiredText(node, field);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("detail." + field + " must be a decimal string");
        }
    }

    private Json() {
    }
}
