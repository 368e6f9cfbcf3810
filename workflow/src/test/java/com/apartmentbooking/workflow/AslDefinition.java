package com.apartmentbooking.workflow;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The state machine definition as the tests read it: the file at the module root, which the SAM template deploys. */
final class AslDefinition {
    static final Path FILE = Path.of("booking.asl.json");

    static final String UPDATE_ITEM = "arn:aws:states:::dynamodb:updateItem";
    static final String GET_ITEM = "arn:aws:states:::dynamodb:getItem";
    static final String PUT_EVENTS = "arn:aws:states:::events:putEvents";

    /** Rejecting duplicate keys matters here: a repeated state name would silently replace the first one. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private AslDefinition() {
    }

    static String text() {
        try {
            return Files.readString(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode root() {
        try {
            return MAPPER.readTree(text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, JsonNode> states() {
        Map<String, JsonNode> states = new LinkedHashMap<>();
        root().path("States").fields().forEachRemaining(e -> states.put(e.getKey(), e.getValue()));
        return states;
    }

    static JsonNode state(String name) {
        JsonNode state = root().path("States").get(name);
        if (state == null) {
            throw new AssertionError("no state named " + name);
        }
        return state;
    }

    /** Task states calling the given service integration, by name. */
    static Map<String, JsonNode> tasks(String resource) {
        Map<String, JsonNode> tasks = new LinkedHashMap<>();
        states().forEach((name, state) -> {
            if (resource.equals(state.path("Resource").asText())) {
                tasks.put(name, state);
            }
        });
        return tasks;
    }

    static Map<String, JsonNode> dynamoDbTasks() {
        Map<String, JsonNode> tasks = new LinkedHashMap<>(tasks(UPDATE_ITEM));
        tasks.putAll(tasks(GET_ITEM));
        return tasks;
    }

    /** Every state this one can hand over to: Next, Default, each Choice rule's Next and each Catcher's Next. */
    static List<String> transitions(JsonNode state) {
        List<String> targets = new ArrayList<>();
        addText(targets, state.get("Next"));
        addText(targets, state.get("Default"));
        state.path("Choices").forEach(rule -> addText(targets, rule.get("Next")));
        state.path("Catch").forEach(catcher -> addText(targets, catcher.get("Next")));
        return targets;
    }

    /** The state a catcher for exactly this error sends the execution to, or null when none catches it. */
    static String catchTarget(JsonNode state, String error) {
        for (JsonNode catcher : state.path("Catch")) {
            for (JsonNode caught : catcher.path("ErrorEquals")) {
                if (caught.asText().equals(error)) {
                    return catcher.path("Next").asText();
                }
            }
        }
        return null;
    }

    /** The strings of a JSON array, such as a retrier's or catcher's ErrorEquals. */
    static Set<String> texts(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    static boolean isJsonata(String value) {
        return value.startsWith("{%") && value.endsWith("%}");
    }

    /** The expression inside a {@code {% ... %}} value. */
    static String jsonata(String value) {
        if (!isJsonata(value)) {
            throw new AssertionError("not a JSONata expression: " + value);
        }
        return value.substring(2, value.length() - 2).trim();
    }

    /** Every JSONata expression anywhere under the node, with where it sits (for failure messages). */
    static Map<String, String> expressions(JsonNode node) {
        Map<String, String> found = new LinkedHashMap<>();
        collectExpressions(node, "", found);
        return found;
    }

    private static void collectExpressions(JsonNode node, String where, Map<String, String> found) {
        if (node.isTextual() && isJsonata(node.asText())) {
            found.put(where, jsonata(node.asText()));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> collectExpressions(e.getValue(), where + "/" + e.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectExpressions(node.get(i), where + "/" + i, found);
            }
        }
    }

    private static void addText(List<String> into, JsonNode node) {
        if (node != null) {
            into.add(node.asText());
        }
    }
}
