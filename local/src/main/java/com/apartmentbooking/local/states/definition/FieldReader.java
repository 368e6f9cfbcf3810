package com.apartmentbooking.local.states.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Typed reads of one JSON object of a definition at a known location. A field of the wrong type
 * is reported and read as absent, so that one mistake yields one diagnostic and reading goes on.
 */
final class FieldReader {
    private final ObjectNode object;
    private final String location;
    private final Problems problems;

    FieldReader(ObjectNode object, String location, Problems problems) {
        this.object = object;
        this.location = location;
        this.problems = problems;
    }

    /** The object's own location; the root object is "/". */
    String location() {
        return location.isEmpty() ? "/" : location;
    }

    String location(String field) {
        return location + "/" + field;
    }

    Problems problems() {
        return problems;
    }

    Iterator<String> fieldNames() {
        return object.fieldNames();
    }

    /** Reports every field that is not in {@code allowed}, as AWS does: at the object's location. */
    void rejectOthers(Set<String> allowed) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.schema("Field '" + name + "' is not supported", location());
            }
        }
    }

    boolean has(String field) {
        return object.has(field);
    }

    JsonNode node(String field) {
        return object.get(field);
    }

    /** A string field; null when absent or not a string (reported). */
    String string(String field) {
        JsonNode value = object.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            problems.schema("Expected value of type 'String' for field '" + field + "'", location(field));
            return null;
        }
        return value.textValue();
    }

    String requiredString(String field) {
        if (!object.has(field)) {
            missing(field);
            return null;
        }
        return string(field);
    }

    /**
     * A reference path field such as InputPath: "$" when absent, null when the definition sets it
     * to JSON null (which the field types that allow it give a meaning), the text otherwise.
     */
    String pathOrRoot(String field) {
        JsonNode value = object.get(field);
        if (value == null) {
            return StateIo.ROOT;
        }
        if (value.isNull()) {
            return null;
        }
        return string(field);
    }

    /** A path field that cannot be null: null only when absent. */
    String path(String field) {
        return string(field);
    }

    boolean endFlag() {
        JsonNode value = object.get("End");
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            problems.schema("Expected value of type 'Boolean' for field 'End'", location("End"));
            return false;
        }
        return value.booleanValue();
    }

    /** A JSON object field (a payload template, an Assign block); null when absent or wrong (reported). */
    JsonNode object(String field) {
        JsonNode value = object.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            problems.schema("Expected value of type 'Object' for field '" + field + "'", location(field));
            return null;
        }
        return value;
    }

    /** A field of any JSON type, kept as written. */
    JsonNode any(String field) {
        return object.get(field);
    }

    /**
     * A whole number at least {@code minimum}; in a JSONata state also a {@code {% %}} expression,
     * evaluated when the state runs. Null when absent or invalid (reported).
     */
    JsonNode integerOrExpression(String field, long minimum, QueryLanguage language) {
        JsonNode value = object.get(field);
        if (value == null) {
            return null;
        }
        if (language == QueryLanguage.JSONATA && isExpression(value)) {
            return value;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < minimum) {
            problems.schema("Field '" + field + "' must be an integer greater than or equal to " + minimum,
                    location(field));
            return null;
        }
        return value;
    }

    /** A number in [minimum, maximum], or a JSONata expression in a JSONata state. */
    JsonNode numberOrExpression(String field, double minimum, double maximum, QueryLanguage language) {
        JsonNode value = object.get(field);
        if (value == null) {
            return null;
        }
        if (language == QueryLanguage.JSONATA && isExpression(value)) {
            return value;
        }
        if (!value.isNumber() || value.doubleValue() < minimum || value.doubleValue() > maximum) {
            problems.schema("Field '" + field + "' must be a number between " + format(minimum) + " and "
                    + format(maximum), location(field));
            return null;
        }
        return value;
    }

    /** An int field with a default, at least {@code minimum}. */
    int integer(String field, int defaultValue, int minimum) {
        JsonNode value = object.get(field);
        if (value == null) {
            return defaultValue;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < minimum) {
            problems.schema("Field '" + field + "' must be an integer greater than or equal to " + minimum,
                    location(field));
            return defaultValue;
        }
        return value.intValue();
    }

    /** A list of strings, or null when absent or wrong (reported). */
    List<String> strings(String field) {
        JsonNode value = object.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            problems.schema("Expected value of type 'Array' for field '" + field + "'", location(field));
            return null;
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (!element.isTextual()) {
                problems.schema("Expected value of type 'String'", location(field) + "[" + i + "]");
            } else {
                result.add(element.textValue());
            }
        }
        return result;
    }

    void missing(String field) {
        problems.schema("These fields are required: [" + field + "]", location());
    }

    static boolean isExpression(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        String text = value.textValue();
        return text.length() >= 4 && text.startsWith("{%") && text.endsWith("%}");
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
