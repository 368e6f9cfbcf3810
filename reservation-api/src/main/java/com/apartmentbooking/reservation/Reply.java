package com.apartmentbooking.reservation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The envelope the resolver returns. The response mapping template turns {@code error} into a
 * GraphQL error with its errorType and otherwise returns {@code data}.
 */
public final class Reply {

    /** {@code {"data": value}}; the value may be null (an absent apartment or booking). */
    public static Map<String, Object> data(Object value) {
        Map<String, Object> reply = new HashMap<>();
        reply.put("data", value);
        return reply;
    }

    /** {@code {"error": {"type": ..., "message": ...}}}. */
    public static Map<String, Object> error(ResolverError error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", error.type().wireName());
        body.put("message", error.getMessage());
        return Map.of("error", body);
    }

    private Reply() {
    }
}
