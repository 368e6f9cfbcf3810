package com.apartmentbooking.bench.coldstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers the AWS calls the handlers make with fixed, successful replies, on 127.0.0.1, so a cold
 * start includes real SDK client set-up, signing and HTTP round trips without any AWS account.
 *
 * <p>DynamoDB, EventBridge and Secrets Manager are told apart by {@code X-Amz-Target}, AppSync by the path.
 * GetItem answers from {@link #items}, keyed by table name and {@code id}; writes answer {@code {}};
 * GetSecretValue answers AWSCURRENT from {@link #secrets} and "not found" for any other stage, as for a
 * secret that was never rotated. Anything
 * else is recorded as unexpected and answered with an error, and the driver aborts on it: a handler
 * that failed fast has not done a cold start. A UDP port stands in for the X-Ray daemon and counts
 * the segments it receives.
 */
final class CannedAws implements AutoCloseable {

    static final String GRAPHQL_PATH = "/graphql";
    static final String GRAPHQL = "AppSync.GraphQL";
    static final String XRAY_SEGMENT = "XRay.Segment";
    static final String SECRET_VALUE = "secretsmanager.GetSecretValue";
    private static final String CURRENT_STAGE = "AWSCURRENT";

    private static final Pattern PUBLISH_FIELD = Pattern.compile("\\b(publish[A-Za-z]+)\\s*\\(");

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Map<String, ObjectNode>> items;
    private final Map<String, String> secrets;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final DatagramChannel xrayDaemon;

    /**
     * @param items   table name -> item id -> the item in DynamoDB JSON ({@code {"id":{"S":...},...}})
     * @param secrets secret ARN -> its AWSCURRENT string
     */
    CannedAws(Map<String, Map<String, ObjectNode>> items, Map<String, String> secrets) throws IOException {
        this.items = items;
        this.secrets = secrets;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
        xrayDaemon = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        xrayDaemon.configureBlocking(false);
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Where the X-Ray SDK sends its segments: counted, so a run shows whether tracing really traced. */
    String xrayDaemonAddress() throws IOException {
        return "127.0.0.1:" + ((InetSocketAddress) xrayDaemon.getLocalAddress()).getPort();
    }

    /** Forgets the calls seen so far; the driver does this before each cold start. */
    void reset() throws IOException {
        receiveSegments();
        calls.clear();
        unexpected.clear();
    }

    /** Calls answered since the last reset, by X-Amz-Target (or {@link #GRAPHQL}). */
    Map<String, Integer> calls() throws IOException {
        receiveSegments();
        Map<String, Integer> counts = new TreeMap<>();
        calls.forEach((target, count) -> counts.put(target, count.get()));
        return counts;
    }

    List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        executor.shutdownNow();
        xrayDaemon.close();
    }

    /**
     * Counts the datagrams waiting. Loopback delivery is done by the time a send returns, so once a
     * handler's JVM has exited every segment it sent is already here.
     */
    private void receiveSegments() throws IOException {
        ByteBuffer datagram = ByteBuffer.allocate(65_536);
        while (xrayDaemon.receive(datagram) != null) {
            count(XRAY_SEGMENT);
            datagram.clear();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            if ("POST".equals(exchange.getRequestMethod()) && GRAPHQL_PATH.equals(path)) {
                count(GRAPHQL);
                reply(exchange, 200, "application/json", graphql(json.readTree(body)));
                return;
            }
            if (target == null) {
                refuse(exchange, exchange.getRequestMethod() + " " + path + " without X-Amz-Target");
                return;
            }
            if (SECRET_VALUE.equals(target) && !isCurrentStage(json.readTree(body))) {
                count(target);
                reply(exchange, 400, "application/x-amz-json-1.1", json.createObjectNode()
                        .put("__type", "ResourceNotFoundException")
                        .put("message", "Secrets Manager can't find the specified secret value for staging label")
                        .toString());
                return;
            }
            String answer = answer(target, body);
            if (answer == null) {
                refuse(exchange, target);
                return;
            }
            count(target);
            String contentType = target.startsWith("DynamoDB_") ? "application/x-amz-json-1.0" : "application/x-amz-json-1.1";
            reply(exchange, 200, contentType, answer);
        } catch (IOException | RuntimeException e) {
            unexpected.add("canned server failed: " + e);
            throw e;
        }
    }

    private String answer(String target, byte[] body) throws IOException {
        switch (target) {
            case "DynamoDB_20120810.GetItem": {
                JsonNode request = json.readTree(body);
                String table = request.path("TableName").asText();
                String id = request.path("Key").path("id").path("S").asText();
                ObjectNode item = items.getOrDefault(table, Map.of()).get(id);
                ObjectNode reply = json.createObjectNode();
                if (item != null) {
                    reply.set("Item", item);
                }
                return reply.toString();
            }
            case "DynamoDB_20120810.PutItem":
            case "DynamoDB_20120810.UpdateItem":
            case "DynamoDB_20120810.TransactWriteItems":
                return "{}";
            case "AWSEvents.PutEvents": {
                int entries = Math.max(1, json.readTree(body).path("Entries").size());
                ObjectNode reply = json.createObjectNode().put("FailedEntryCount", 0);
                ArrayNode results = reply.putArray("Entries");
                for (int i = 0; i < entries; i++) {
                    results.addObject().put("EventId", "bench-event-" + i);
                }
                return reply.toString();
            }
            case SECRET_VALUE: {
                JsonNode request = json.readTree(body);
                String arn = request.path("SecretId").asText();
                String value = secrets.get(arn);
                if (value == null) {
                    return null;
                }
                ObjectNode reply = json.createObjectNode().put("ARN", arn).put("Name", "payment-webhook")
                        .put("SecretString", value).put("VersionId", "bench-version");
                reply.putArray("VersionStages").add(CURRENT_STAGE);
                return reply.toString();
            }
            default:
                return null;
        }
    }

    private static boolean isCurrentStage(JsonNode request) {
        return CURRENT_STAGE.equals(request.path("VersionStage").asText(CURRENT_STAGE));
    }

    /** A publish mutation's reply: the mutation's field with the variables it was sent (what AppSync echoes). */
    private String graphql(JsonNode request) {
        Matcher field = PUBLISH_FIELD.matcher(request.path("query").asText());
        ObjectNode data = json.createObjectNode();
        if (field.find()) {
            JsonNode variables = request.path("variables");
            data.set(field.group(1), variables.isObject() ? variables : json.createObjectNode());
        }
        ObjectNode reply = json.createObjectNode();
        reply.set("data", data);
        return reply.toString();
    }

    private void count(String target) {
        calls.computeIfAbsent(target, t -> new AtomicInteger()).incrementAndGet();
    }

    private void refuse(HttpExchange exchange, String what) throws IOException {
        unexpected.add(what);
        ObjectNode error = json.createObjectNode()
                .put("__type", "com.amazon.coral.validate#ValidationException")
                .put("message", "cold-start canned server does not answer " + what);
        reply(exchange, 400, "application/x-amz-json-1.0", error.toString());
    }

    private static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("x-amzn-RequestId", "bench");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
