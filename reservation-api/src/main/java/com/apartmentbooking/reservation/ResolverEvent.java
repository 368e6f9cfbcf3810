package com.apartmentbooking.reservation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of an AppSync direct Lambda resolver event the API reads.
 *
 * @param identity the caller as AppSync authenticated it; null for API-key callers
 * @param headers  the HTTP headers of the GraphQL request
 * @param source   the parent object's resolved value; null for root fields
 */
public record ResolverEvent(String parentTypeName, String fieldName, Map<String, Object> arguments,
                            Map<String, Object> identity, Map<String, String> headers,
                            Map<String, Object> source) {

    /** Tolerates missing parts: an event without a field name is answered as an unknown field. */
    public static ResolverEvent parse(Map<String, Object> event) {
        if (event == null) {
            event = Map.of();
        }
        Map<String, Object> info = objectOrEmpty(event.get("info"));
        Map<String, Object> request = objectOrEmpty(event.get("request"));
        Map<String, String> headers = new LinkedHashMap<>();
        objectOrEmpty(request.get("headers")).forEach((name, value) -> headers.put(name, String.valueOf(value)));
        return new ResolverEvent(
                text(info.get("parentTypeName")),
                text(info.get("fieldName")),
                objectOrEmpty(event.get("arguments")),
                objectOrNull(event.get("identity")),
                headers,
                objectOrNull(event.get("source")));
    }

    /** {@code Type.field}, the key the API dispatches on. */
    public String qualifiedField() {
        return parentTypeName + "." + fieldName;
    }

    private static String text(Object value) {
        return value instanceof String text ? text : null;
    }

    private static Map<String, Object> objectOrEmpty(Object value) {
        Map<String, Object> object = objectOrNull(value);
        return object == null ? Map.of() : object;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> objectOrNull(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }
}
