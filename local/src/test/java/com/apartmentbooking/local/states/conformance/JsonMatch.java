package com.apartmentbooking.local.states.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares a recorded JSON value with the engine's as JSON values: object members in any order,
 * numbers by value (1 equals 1.0, as JSON does not tell them apart), strings through the case's
 * placeholders. Reports the first difference with its JSONPath-like location, because a whole
 * output dump hides a one-field mismatch.
 */
final class JsonMatch {
    private JsonMatch() {
    }

    static Optional<String> firstDifference(JsonNode expected, JsonNode actual, Placeholders placeholders) {
        return difference("$", expected, actual, placeholders);
    }

    private static Optional<String> difference(String at, JsonNode expected, JsonNode actual,
                                               Placeholders placeholders) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0
                    ? Optional.empty() : differs(at, expected, actual);
        }
        if (expected.isTextual() && actual.isTextual()) {
            return placeholders.matches(expected.textValue(), actual.textValue())
                    ? Optional.empty() : differs(at, expected, actual);
        }
        if (expected.isObject() && actual.isObject()) {
            return objectDifference(at, expected, actual, placeholders);
        }
        if (expected.isArray() && actual.isArray()) {
            return arrayDifference(at, expected, actual, placeholders);
        }
        return expected.equals(actual) ? Optional.empty() : differs(at, expected, actual);
    }

    private static Optional<String> objectDifference(String at, JsonNode expected, JsonNode actual,
                                                     Placeholders placeholders) {
        TreeSet<String> missing = fieldNames(expected);
        missing.removeAll(fieldNames(actual));
        TreeSet<String> extra = fieldNames(actual);
        extra.removeAll(fieldNames(expected));
        if (!missing.isEmpty() || !extra.isEmpty()) {
            return Optional.of(at + ": missing fields " + missing + ", unexpected fields " + extra
                    + "; expected " + shown(expected) + " but was " + shown(actual));
        }
        for (String name : fieldNames(expected)) {
            Optional<String> difference =
                    difference(at + "." + name, expected.get(name), actual.get(name), placeholders);
            if (difference.isPresent()) {
                return difference;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> arrayDifference(String at, JsonNode expected, JsonNode actual,
                                                    Placeholders placeholders) {
        if (expected.size() != actual.size()) {
            return Optional.of(at + ": expected " + expected.size() + " elements but was " + actual.size()
                    + "; expected " + shown(expected) + " but was " + shown(actual));
        }
        for (int i = 0; i < expected.size(); i++) {
            Optional<String> difference =
                    difference(at + "[" + i + "]", expected.get(i), actual.get(i), placeholders);
            if (difference.isPresent()) {
                return difference;
            }
        }
        return Optional.empty();
    }

    private static TreeSet<String> fieldNames(JsonNode object) {
        TreeSet<String> names = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static Optional<String> differs(String at, JsonNode expected, JsonNode actual) {
        return Optional.of(at + ": expected " + shown(expected) + " but was " + shown(actual));
    }

    private static String shown(JsonNode node) {
        return ConformanceJson.abbreviate(ConformanceJson.write(node));
    }
}
