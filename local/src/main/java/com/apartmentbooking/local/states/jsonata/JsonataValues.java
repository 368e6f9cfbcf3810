package com.apartmentbooking.local.states.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts between Jackson trees and the plain Java values the JSONata library works on (Map, List,
 * String, Number, Boolean). JSON null must travel as {@link Jsonata#NULL_VALUE}: the library reads a
 * Java null as "undefined", so a field holding null would otherwise vanish from paths and tests
 * such as {@code $exists}.
 *
 * <p>Numbers follow JSONata's JavaScript model, where every number is a double: integral values come
 * back as JSON integers (so {@code 1.5 * 2} gives {@code 3}, as on AWS, not {@code 3.0}), and
 * decimals that have no exact double are handed to JSONata as their nearest double.
 */
final class JsonataValues {
    /** Doubles up to this magnitude are integral exactly when they have no fraction. */
    private static final double LONG_RANGE = 0x1p63;

    private JsonataValues() {
    }

    /** The value JSONata sees for a JSON tree; always a fresh structure the evaluation may alter. */
    static Object toJsonata(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT:
                Map<String, Object> object = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    object.put(field.getKey(), toJsonata(field.getValue()));
                }
                return object;
            case ARRAY:
                List<Object> array = new ArrayList<>(node.size());
                for (JsonNode element : node) {
                    array.add(toJsonata(element));
                }
                return array;
            case STRING:
                return node.textValue();
            case BOOLEAN:
                return node.booleanValue();
            case NUMBER:
                return toJsonataNumber(node);
            case NULL:
                return Jsonata.NULL_VALUE;
            default:
                throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    private static Object toJsonataNumber(JsonNode node) {
        if (node.isInt()) {
            return node.intValue();
        }
        if (node.isLong()) {
            return node.longValue();
        }
        if (node.isBigInteger() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isBigDecimal()) {
            BigDecimal decimal = node.decimalValue();
            if (isIntegral(decimal) && node.canConvertToLong()) {
                return decimal.longValueExact();
            }
        }
        return node.doubleValue();
    }

    private static boolean isIntegral(BigDecimal decimal) {
        return decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
    }

    /**
     * The JSON tree for a JSONata result, or empty when the result (or something inside it) is not
     * JSON, such as a function. A Java null here is JSON null: the library has already
     * dropped undefined members of objects and arrays, and the caller decides what a top-level
     * null means.
     */
    static Optional<JsonNode> toJson(Object value) {
        if (value == null || value == Jsonata.NULL_VALUE) {
            return Optional.of(JsonNodeFactory.instance.nullNode());
        }
        if (value instanceof String text) {
            return Optional.of(JsonNodeFactory.instance.textNode(text));
        }
        if (value instanceof Boolean bool) {
            return Optional.of(JsonNodeFactory.instance.booleanNode(bool));
        }
        if (value instanceof Number number) {
            return Optional.of(numberNode(number));
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Optional<JsonNode> member = toJson(entry.getValue());
                if (member.isEmpty()) {
                    return Optional.empty();
                }
                object.set(String.valueOf(entry.getKey()), member.get());
            }
            return Optional.of(object);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode(list.size());
            for (Object element : list) {
                Optional<JsonNode> item = toJson(element);
                if (item.isEmpty()) {
                    return Optional.empty();
                }
                array.add(item.get());
            }
            return Optional.of(array);
        }
        return Optional.empty();
    }

    private static JsonNode numberNode(Number number) {
        if (number instanceof Integer || number instanceof Long) {
            return integralNode(number.longValue());
        }
        double value = number.doubleValue();
        if (value == Math.rint(value) && Math.abs(value) < LONG_RANGE) {
            return integralNode((long) value);
        }
        return JsonNodeFactory.instance.numberNode(value);
    }

    /** Integers are built as Jackson's parser builds them, so results compare equal to parsed JSON. */
    private static JsonNode integralNode(long value) {
        if (value == (int) value) {
            return JsonNodeFactory.instance.numberNode((int) value);
        }
        return JsonNodeFactory.instance.numberNode(value);
    }
}
