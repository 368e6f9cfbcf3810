package com.apartmentbooking.local.appsync.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

/** The event a direct Lambda resolver (no request template) sends: the whole context, as AppSync sends it. */
final class LambdaEvent {

    private LambdaEvent() {
    }

    static Map<String, Object> of(Resolution resolution, Map<String, Object> prev) {
        FieldContext field = resolution.field();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("arguments", field.arguments());
        event.put("identity", field.identity());
        event.put("source", field.source());
        event.put("request", field.request());
        event.put("prev", prev);
        event.put("info", field.info());
        synchronized (resolution.stash()) {
            event.put("stash", new LinkedHashMap<>(resolution.stash()));
        }
        return event;
    }
}
