package com.apartmentbooking.local.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Sends valid AWS JSON requests with one or more random mutations (a member replaced by a value of another type or
 * size, removed, duplicated under an unknown name, or the body cut short) and checks every answer is a client or
 * success answer in the protocol's shape: never a 5xx, always JSON, an error always with a {@code __type}. The seed
 * is fixed, so a failure names a request that reproduces it.
 */
public final class RequestMutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;
    private final String contentType;
    private final Random random;

    public RequestMutations(URI endpoint, String contentType, long seed) {
        this.endpoint = endpoint;
        this.contentType = contentType;
        this.random = new Random(seed);
    }

    /** Sends {@code count} mutations of {@code request} to {@code target} and checks each answer. */
    public void check(String target, String request, int count) throws Exception {
        JsonNode valid = JSON.readTree(request);
        for (int i = 0; i < count; i++) {
            JsonNode mutated = valid.deepCopy();
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                mutated = mutate(mutated);
            }
            String body = JSON.writeValueAsString(mutated);
            if (random.nextInt(10) == 0) {
                body = body.substring(0, random.nextInt(body.length() + 1));
            }
            assertAwsShaped(target, body, send(target, body));
        }
    }

    private HttpResponse<String> send(String target, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(endpoint).header("X-Amz-Target", target)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertAwsShaped(String target, String body, HttpResponse<String> response) throws Exception {
        String request = target + " " + body;
        assertTrue(response.statusCode() < 500, "status " + response.statusCode() + " for " + request + ": " + response.body());
        JsonNode answer = JSON.readTree(response.body());
        assertTrue(answer != null && answer.isObject(), "not a JSON object for " + request + ": " + response.body());
        if (response.statusCode() >= 400) {
            assertTrue(answer.has("__type"), "no __type for " + request + ": " + response.body());
        }
        assertFalse(response.body().contains("\tat ") || response.body().contains(".java:")
                || response.body().contains("com.fasterxml"), "internals for " + request + ": " + response.body());
    }

    /** One random change somewhere in the tree; the root stays an object. */
    private JsonNode mutate(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        // Half of the changes hit the request's own members, where most validation happens.
        JsonNode container = random.nextBoolean() ? root : containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name + "X", object.get(name).deepCopy());
                default -> object.set(name, strange());
            }
        } else if (container instanceof ArrayNode array && !array.isEmpty()) {
            int index = random.nextInt(array.size());
            if (random.nextBoolean()) {
                array.remove(index);
            } else {
                array.set(index, strange());
            }
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    /** A value of a random type, size or range. */
    private JsonNode strange() {
        return switch (random.nextInt(15)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(1_000_000_000_000_000L);
            case 3 -> NODES.numberNode(-1);
            case 4 -> NODES.numberNode(new BigDecimal("1e400"));
            case 5 -> NODES.numberNode(0.5);
            case 6 -> NODES.textNode("");
            case 7 -> NODES.textNode("x".repeat(70_000));
            case 8 -> NODES.textNode("((((((((((((((((((((a))))))))))))))))))))");
            case 9 -> NODES.arrayNode().add(1).add("a");
            case 10 -> NODES.objectNode();
            case 11 -> NODES.objectNode().put("S", "a");
            case 12 -> deep(random.nextInt(900));
            case 13 -> NODES.textNode("(".repeat(2000) + "a = :v" + ")".repeat(2000));
            default -> NODES.textNode("\u0000\uD83D\uDE00'\"\\");
        };
    }

    private static JsonNode deep(int depth) {
        JsonNode node = NODES.textNode("bottom");
        for (int i = 0; i < depth; i++) {
            node = NODES.objectNode().set("M", node);
        }
        return node;
    }
}
