package com.apartmentbooking.local.states.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The JSON types under the names JSONata's {@code $type} gives them, which are the names AWS uses when
 * a field's expression returns the wrong one ("Expected 'array', but was 'boolean'").
 */
public enum JsonataType {
    NULL, NUMBER, STRING, BOOLEAN, ARRAY, OBJECT;

    public static JsonataType of(JsonNode value) {
        switch (value.getNodeType()) {
            case NUMBER:
                return NUMBER;
            case STRING:
                return STRING;
            case BOOLEAN:
                return BOOLEAN;
            case ARRAY:
                return ARRAY;
            case OBJECT:
                return OBJECT;
            default:
                return NULL;
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
