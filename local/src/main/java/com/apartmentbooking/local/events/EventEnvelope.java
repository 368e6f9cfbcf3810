package com.apartmentbooking.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** An accepted PutEvents entry as EventBridge matches and delivers it. */
final class EventEnvelope {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private EventEnvelope() {
    }

    static ObjectNode of(String id, String detailType, String source, String account, Instant time, String region,
            List<String> resources, JsonNode detail) {
        ObjectNode event = JsonNodeFactory.instance.objectNode()
                .put("version", "0")
                .put("id", id)
                .put("detail-type", detailType)
                .put("source", source)
                .put("account", account)
                .put("time", timestamp(time))
                .put("region", region);
        ArrayNode array = event.putArray("resources");
        resources.forEach(array::add);
        event.set("detail", detail);
        return event;
    }

    /** EventBridge's event time: ISO 8601 in UTC to the second. */
    static String timestamp(Instant time) {
        return TIME.format(time.truncatedTo(ChronoUnit.SECONDS));
    }
}
