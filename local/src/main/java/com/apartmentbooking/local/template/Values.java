package com.apartmentbooking.local.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions between the YAML parser's plain values and the model's immutable ones, with messages naming where. */
final class Values {

    private Values() {
    }

    /** CloudFormation treats scalars as strings: a Number parameter's 30 and "30" are the same value. */
    static String string(Object value, String where) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw new TemplateException(where + ": expected a string, got " + describe(value));
    }

    static String optionalString(Map<String, Object> map, String key, String where) {
        Object value = map.get(key);
        return value == null ? null : string(value, where + "." + key);
    }

    static Integer optionalInt(Map<String, Object> map, String key, String where) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(string(value, where + "." + key));
        } catch (NumberFormatException e) {
            throw new TemplateException(where + "." + key + ": expected a whole number, got " + value, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String where) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new TemplateException(where + ": expected a mapping, got " + describe(value));
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new TemplateException(where + ": expected a list, got " + describe(value));
    }

    static List<String> strings(Object value, String where) {
        List<String> result = new ArrayList<>();
        for (Object element : list(value, where)) {
            result.add(string(element, where));
        }
        return List.copyOf(result);
    }

    /** An unmodifiable copy that keeps the template's order (Map.copyOf would not). */
    static <V> Map<String, V> orderedCopy(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** A deep unmodifiable copy of a parsed tree, so a recorded resource cannot be changed by its reader. */
    static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, element) -> copy.put(String.valueOf(key), deepCopy(element)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(element -> copy.add(deepCopy(element)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    static String describe(Object value) {
        return value == null ? "nothing" : value.getClass().getSimpleName() + " " + value;
    }
}
