package com.apartmentbooking.local.sqs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The parameters of an AWS query protocol request ({@code Action=SendMessage&QueueUrl=...}), with the protocol's
 * flattened lists and maps: {@code AttributeName.1}, {@code Attribute.1.Name} and {@code Attribute.1.Value}, ....
 * A parameter given twice keeps its first value.
 */
final class QueryParameters {

    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Reads a form-encoded body ({@code +} is a space, {@code %XX} a UTF-8 byte).
     *
     * @throws IllegalArgumentException when a percent escape is malformed
     */
    static QueryParameters parse(String form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            values.putIfAbsent(name, value);
        }
        return new QueryParameters(values);
    }

    private static String decode(String encoded) {
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    /** The value, or {@code null} when the request does not have the parameter. */
    String get(String name) {
        return values.get(name);
    }

    /** The value as an integer, or {@code null} when absent. */
    Integer integer(String name) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw SqsErrors.invalidParameterValue("Value " + value + " for parameter " + name
                    + " is invalid. Reason: Must be an integer.");
        }
    }

    /** The value of a parameter the request must have; its absence is AWS's {@code MissingParameter}. */
    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw SqsErrors.missingParameter(name);
        }
        return value;
    }

    /** A flattened list, {@code <member>.1}, {@code <member>.2}, ..., in the order of the indexes. */
    List<String> list(String member) {
        List<String> list = new ArrayList<>();
        for (int index : indexes(member)) {
            String value = values.get(member + "." + index);
            if (value != null) {
                list.add(value);
            }
        }
        return list;
    }

    /**
     * The indexes {@code N} of the parameters named {@code <member>.N} or {@code <member>.N.<anything>}, in
     * ascending order: the entries of a flattened list or map.
     */
    List<Integer> indexes(String member) {
        TreeSet<Integer> indexes = new TreeSet<>();
        String prefix = member + ".";
        for (String name : values.keySet()) {
            if (name.startsWith(prefix)) {
                String rest = name.substring(prefix.length());
                int dot = rest.indexOf('.');
                String digits = dot < 0 ? rest : rest.substring(0, dot);
                if (!digits.isEmpty() && digits.length() < 10 && digits.chars().allMatch(Character::isDigit)) {
                    indexes.add(Integer.parseInt(digits));
                }
            }
        }
        return new ArrayList<>(indexes);
    }
}
