package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/**
 * Equality of JSON values for ArrayContains and ArrayUnique: structural, with numbers compared by
 * value so that 1 read from the input equals 1 produced by a function, whatever node class holds it.
 */
final class JsonEquality {
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonEquality() {
    }

    static boolean equal(JsonNode a, JsonNode b) {
        return a.equals(NUMBERS_BY_VALUE, b);
    }
}
