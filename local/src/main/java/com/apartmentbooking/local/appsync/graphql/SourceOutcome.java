package com.apartmentbooking.local.appsync.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a data source answered: {@code $ctx.result}, or {@code $ctx.error} ({@code {"message","type"}}).
 */
record SourceOutcome(Object result, Map<String, Object> error) {

    static SourceOutcome result(Object result) {
        return new SourceOutcome(result, null);
    }

    static SourceOutcome error(String message, String type) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", type);
        return new SourceOutcome(null, error);
    }
}
