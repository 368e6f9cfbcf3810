package com.apartmentbooking.local.events.pattern;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The TestEventPattern operation: unlike rule matching on PutEvents, where EventBridge builds the
 * envelope itself, the caller supplies the whole event, so it must first be an AWS event.
 */
public final class TestEventPattern {

    /**
     * The top-level fields without which AWS answers "Parameter Event is not valid.". Not
     * {@code resources}: AWS accepted most recorded events without it.
     */
    private static final List<String> REQUIRED_FIELDS =
            List.of("id", "account", "source", "time", "region", "detail-type");

    private TestEventPattern() {
    }

    /**
     * Whether the pattern matches the event. Throws {@link InvalidEventException} for an event that is not
     * a JSON object with the required fields, and {@link InvalidEventPatternException} for a bad pattern.
     */
    public static boolean test(String eventJson, String patternJson) {
        requireAwsEvent(eventJson);
        return EventPatterns.compile(patternJson).matches(eventJson);
    }

    private static void requireAwsEvent(String eventJson) {
        JsonNode event;
        try {
            event = Json.DATA.readTree(eventJson);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException();
        }
        if (event == null || !event.isObject()) {
            throw new InvalidEventException();
        }
        for (String field : REQUIRED_FIELDS) {
            if (!event.has(field)) {
                throw new InvalidEventException();
            }
        }
    }
}
