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
    /** The AWS SDK integration: the optimized one has no transactions. */
    static final String TRANSACT_WRITE_ITEMS = "arn:aws:states:::aws-sdk:dynamodb:transactWriteItems";
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
        tasks.putAll(tasks(TRANSACT_WRITE_ITEMS));
        return tasks;
    }

    /**
     * Every single-item DynamoDB request the definition makes, by where it is: a task's Arguments under the task's
     * name, each item of a transaction under {@code <task>.<action>.<table>}, the table as its substitution names it
     * ({@code ReserveApartment.Update.ApartmentsTable}).
     */
    static Map<String, JsonNode> dynamoDbRequests() {
        Map<String, JsonNode> requests = new LinkedHashMap<>(arguments(tasks(UPDATE_ITEM)));
        requests.putAll(arguments(tasks(GET_ITEM)));
        tasks(TRANSACT_WRITE_ITEMS).forEach((name, task) -> task.path("Arguments").path("TransactItems")
                .forEach(item -> item.fields().forEachRemaining(action -> requests.put(
                        name + "." + action.getKey() + "." + action.getValue().path("TableName").asText()
                                .replaceAll("[${}]", ""),
                        action.getValue()))));
        return requests;
    }

    /** The DynamoDB action of a transaction item of {@link #dynamoDbRequests()} ({@code Update}), or null for a task. */
    static String transactionAction(String where) {
        String[] parts = where.split("\\.");
        return parts.length < 2 ? null : parts[1];
    }

    /** The requests that write an item: updateItem tasks and the Update items of transactions. */
    static Map<String, JsonNode> updates() {
        Map<String, JsonNode> updates = new LinkedHashMap<>();
        dynamoDbRequests().forEach((where, request) -> {
            if (request.has("UpdateExpression")) {
                updates.put(where, request);
            }
        });
        return updates;
    }

    /** The task a request of {@link #dynamoDbRequests()} belongs to. */
    static JsonNode taskOf(String where) {
        int dot = where.indexOf('.');
        return state(dot < 0 ? where : where.substring(0, dot));
    }

    private static Map<String, JsonNode> arguments(Map<String, JsonNode> tasks) {
        Map<String, JsonNode> arguments = new LinkedHashMap<>();
        tasks.forEach((name, task) -> arguments.put(name, task.path("Arguments")));
        return arguments;
    }

    /** Every Assign in the definition: states', catchers' and Choice rules'. */
    static List<JsonNode> assigns() {
        List<JsonNode> assigns = new ArrayList<>();
        states().values().forEach(state -> {
            assigns.add(state.path("Assign"));
            state.path("Catch").forEach(catcher -> assigns.add(catcher.path("Assign")));
            state.path("Choices").forEach(rule -> assigns.add(rule.path("Assign")));
        });
        return assigns;
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
