package com.apartmentbooking.local.states.engine.history;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One event of an execution's history as GetExecutionHistory returns it: id (from 1),
 * previousEventId (0 for none), timestamp, type ({@code PassStateEntered}, ...) and details.
 */
public final class HistoryEvent {
    private final long id;
    private final long previousEventId;
    private final Instant timestamp;
    private final String type;
    private final EventDetails details;

    public HistoryEvent(long id, long previousEventId, Instant timestamp, String type, EventDetails details) {
        this.id = id;
        this.previousEventId = previousEventId;
        this.timestamp = timestamp;
        this.type = type;
        this.details = details;
    }

    /** An event read back from its {@link #toJson()} form (also how a durable store reads it back). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static HistoryEvent fromJson(JsonNode json) {
        EventDetails details = null;
        var names = json.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.endsWith("EventDetails") && json.get(name).isObject()) {
                details = EventDetails.parse(name, (ObjectNode) json.get(name));
            }
        }
        return new HistoryEvent(json.get("id").longValue(), json.get("previousEventId").longValue(),
                Instant.parse(json.get("timestamp").textValue()), json.get("type").textValue(), details);
    }

    public long id() {
        return id;
    }

    public long previousEventId() {
        return previousEventId;
    }

    public Instant timestamp() {
        return timestamp;
    }

    public String type() {
        return type;
    }

    /** The details member, e.g. {@code {"stateEnteredEventDetails": {...}}}; an empty object for events without. */
    public ObjectNode details() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (details != null) {
            node.set(details.key(), details.toJson());
        }
        return node;
    }

    /** The details, or null for an event without. */
    EventDetails detailsOrNull() {
        return details;
    }

    /** The value of one details field (e.g. {@code "name"}), or null when the event has no such field. */
    public JsonNode detail(String field) {
        return details == null ? null : details.toJson().get(field);
    }

    /** The whole event as GetExecutionHistory returns it (timestamp as ISO-8601 text), and as a store keeps it. */
    @JsonValue
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("timestamp", timestamp.toString());
        node.put("type", type);
        node.put("id", id);
        node.put("previousEventId", previousEventId);
        if (details != null) {
            node.set(details.key(), details.toJson());
        }
        return node;
    }

    @Override
    public String toString() {
        return toJson().toString();
    }
}
