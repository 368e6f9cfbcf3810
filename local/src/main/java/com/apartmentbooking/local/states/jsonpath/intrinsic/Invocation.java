package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The arguments of one function call, as written and as evaluated, with the checks every
 * function needs. Any rejected argument is {@code Invalid arguments in <function>}, AWS's single
 * text for wrong counts, wrong types and out-of-range values alike.
 */
record Invocation(String function, List<Argument> arguments, List<JsonNode> values) {

    int count() {
        return values.size();
    }

    void requireCount(int expected) {
        requireCount(expected, expected);
    }

    void requireCount(int min, int max) {
        if (values.size() < min || values.size() > max) {
            throw invalid();
        }
    }

    JsonNode value(int index) {
        return values.get(index);
    }

    String string(int index) {
        JsonNode value = values.get(index);
        if (!value.isTextual()) {
            throw invalid();
        }
        return value.textValue();
    }

    ArrayNode array(int index) {
        JsonNode value = values.get(index);
        if (!value.isArray()) {
            throw invalid();
        }
        return (ArrayNode) value;
    }

    ObjectNode object(int index) {
        JsonNode value = values.get(index);
        if (!value.isObject()) {
            throw invalid();
        }
        return (ObjectNode) value;
    }

    boolean bool(int index) {
        JsonNode value = values.get(index);
        if (!value.isBoolean()) {
            throw invalid();
        }
        return value.booleanValue();
    }

    /** A number argument cut to an integer toward zero, as AWS does for ArrayRange, ArrayPartition, ArrayGetItem and MathRandom. */
    long truncated(int index) {
        JsonNode value = number(index);
        if (value.isIntegralNumber()) {
            return clampedLong(value);
        }
        return (long) value.doubleValue();
    }

    /** A number argument rounded to the nearest integer, halves up, as AWS does for MathAdd. */
    long rounded(int index) {
        JsonNode value = number(index);
        if (value.isIntegralNumber()) {
            return clampedLong(value);
        }
        return Math.round(value.doubleValue());
    }

    private JsonNode number(int index) {
        JsonNode value = values.get(index);
        if (!value.isNumber()) {
            throw invalid();
        }
        return value;
    }

    // Integers beyond a long are out of every function's range anyway; saturating keeps them out.
    private static long clampedLong(JsonNode value) {
        if (value.canConvertToLong()) {
            return value.longValue();
        }
        return value.bigIntegerValue().signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    IntrinsicFailure invalid() {
        return IntrinsicFailure.invalidArguments(function);
    }

    /** An integer result as the node a JSON parser would build for it, so results compare equal to parsed JSON. */
    static JsonNode integer(long value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? nodes.numberNode((int) value) : nodes.numberNode(value);
    }
}
