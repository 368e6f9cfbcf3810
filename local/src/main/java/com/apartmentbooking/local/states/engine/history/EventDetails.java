package com.apartmentbooking.local.states.engine.history;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code *EventDetails} member of a history event, such as
 * {@code stateEnteredEventDetails: {name, input, inputDetails}}. Payloads (inputs, outputs,
 * parameters) are kept as JSON values and written as JSON text, the way GetExecutionHistory
 * returns them, only when the event is read: most events of a busy engine are never read, and
 * turning every state's input into text would cost more than running the state.
 */
public final class EventDetails {

    private final String key;
    private final List<Field> fields;

    private EventDetails(String key, List<Field> fields) {
        this.key = key;
        this.fields = fields;
    }

    public static Builder of(String key) {
        return new Builder(key);
    }

    /**
     * Details read back from their GetExecutionHistory shape ({@link #toJson()}), for an execution
     * rebuilt from a durable store: every field is kept as written.
     */
    public static EventDetails parse(String key, ObjectNode written) {
        List<Field> fields = new ArrayList<>(written.size());
        written.fields().forEachRemaining(field -> fields.add(new WrittenField(field.getKey(), field.getValue())));
        return new EventDetails(key, List.copyOf(fields));
    }

    /** The member name, e.g. {@code stateEnteredEventDetails}. */
    public String key() {
        return key;
    }

    /** The member value in GetExecutionHistory's shape. */
    public ObjectNode toJson() {
        return toJson(EventDetails::text);
    }

    /**
     * The member value with each payload written as JSON text by {@code texts}: the history codec passes one that
     * writes a payload an earlier event of the block carried (a state's output is the next one's input) only once.
     */
    ObjectNode toJson(Function<JsonNode, String> texts) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (Field field : fields) {
            field.writeTo(node, texts);
        }
        return node;
    }

    /** JSON text as Step Functions writes payloads: compact. */
    public static String text(JsonNode value) {
        try {
            return Json.DATA.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A JSON tree could not be written", impossible);
        }
    }

    private interface Field {
        void writeTo(ObjectNode node, Function<JsonNode, String> texts);
    }

    private record TextField(String name, String value) implements Field {
        @Override
        public void writeTo(ObjectNode node, Function<JsonNode, String> texts) {
            node.put(name, value);
        }
    }

    private record NumberField(String name, long value) implements Field {
        @Override
        public void writeTo(ObjectNode node, Function<JsonNode, String> texts) {
            // As an int when it fits, the node a JSON parser would give for the same text.
            if (value == (int) value) {
                node.put(name, (int) value);
            } else {
                node.put(name, value);
            }
        }
    }

    /** A field as {@link #toJson()} wrote it (payloads already as JSON text). */
    private record WrittenField(String name, JsonNode value) implements Field {
        @Override
        public void writeTo(ObjectNode node, Function<JsonNode, String> texts) {
            node.set(name, value.deepCopy());
        }
    }

    /** A payload and, when AWS gives one, its {@code *Details: {truncated: false}} companion. */
    private record PayloadField(String name, JsonNode value, String detailsName) implements Field {
        @Override
        public void writeTo(ObjectNode node, Function<JsonNode, String> texts) {
            node.put(name, texts.apply(value));
            if (detailsName != null) {
                node.putObject(detailsName).put("truncated", false);
            }
        }
    }

    /** The variables a state assigned, each value as JSON text. */
    private record VariablesField(Map<String, JsonNode> variables) implements Field {
        @Override
        public void writeTo(ObjectNode node, Function<JsonNode, String> texts) {
            ObjectNode assigned = node.putObject("assignedVariables");
            variables.forEach((name, value) -> assigned.put(name, texts.apply(value)));
            node.putObject("assignedVariablesDetails").put("truncated", false);
        }
    }

    /** Collects the fields of one details member in the order GetExecutionHistory lists them. */
    public static final class Builder {
        private final String key;
        private final List<Field> fields = new ArrayList<>(4);

        private Builder(String key) {
            this.key = key;
        }

        /** A string field; left out when null, as AWS leaves out an error or cause it does not know. */
        public Builder text(String name, String value) {
            if (value != null) {
                fields.add(new TextField(name, value));
            }
            return this;
        }

        public Builder number(String name, long value) {
            fields.add(new NumberField(name, value));
            return this;
        }

        /** A payload {@code name} with its {@code nameDetails: {truncated: false}}. */
        public Builder payload(String name, JsonNode value) {
            fields.add(new PayloadField(name, value, name + "Details"));
            return this;
        }

        /** A payload written without a details companion (TaskScheduled's parameters). */
        public Builder bare(String name, JsonNode value) {
            fields.add(new PayloadField(name, value, null));
            return this;
        }

        public Builder variables(Map<String, JsonNode> assigned) {
            if (!assigned.isEmpty()) {
                fields.add(new VariablesField(Map.copyOf(assigned)));
            }
            return this;
        }

        public EventDetails build() {
            return new EventDetails(key, List.copyOf(fields));
        }
    }
}
