package com.apartmentbooking.bench.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One AppSync real-time connection (subprotocol graphql-ws, the API key in the {@code header} query parameter)
 * with the JDK's WebSocket client: connection_init, then subscriptions; each {@code data} message's payload goes
 * to its subscription's consumer with the time it arrived.
 */
final class RealtimeSubscriber implements WebSocket.Listener, AutoCloseable {

    /** A delivery: the subscription's field value and {@link System#nanoTime()} when the frame was read. */
    record Delivery(JsonNode value, long receivedNanos) {
    }

    private final GraphQlClient api;
    private final CompletableFuture<Void> acknowledged = new CompletableFuture<>();
    private final Map<String, CompletableFuture<Void>> started = new ConcurrentHashMap<>();
    private final Map<String, Consumer<Delivery>> subscriptions = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private RealtimeSubscriber(GraphQlClient api) {
        this.api = api;
    }

    /** Connects and waits for connection_ack. */
    static RealtimeSubscriber connect(HttpClient http, GraphQlClient api) throws Exception {
        RealtimeSubscriber subscriber = new RealtimeSubscriber(api);
        String header = Base64.getEncoder().encodeToString(GraphQlClient.JSON.writeValueAsBytes(
                api.apiKeyAuthorization()));
        URI uri = URI.create(api.realtimeUrl + "?header=" + URLEncoder.encode(header, StandardCharsets.UTF_8)
                + "&payload=e30%3D");
        subscriber.socket = http.newWebSocketBuilder().subprotocols("graphql-ws").buildAsync(uri, subscriber)
                .get(30, TimeUnit.SECONDS);
        subscriber.send(GraphQlClient.JSON.createObjectNode().put("type", "connection_init"));
        subscriber.acknowledged.get(30, TimeUnit.SECONDS);
        return subscriber;
    }

    /** Starts a subscription and waits for its start_ack. */
    void subscribe(String id, String query, Map<String, Object> variables, Consumer<Delivery> onData)
            throws Exception {
        ObjectNode data = GraphQlClient.JSON.createObjectNode().put("query", query);
        data.set("variables", GraphQlClient.JSON.valueToTree(variables));
        ObjectNode start = GraphQlClient.JSON.createObjectNode().put("id", id).put("type", "start");
        ObjectNode payload = start.putObject("payload").put("data", GraphQlClient.JSON.writeValueAsString(data));
        payload.putObject("extensions").set("authorization", api.apiKeyAuthorization());
        CompletableFuture<Void> ack = new CompletableFuture<>();
        started.put(id, ack);
        subscriptions.put(id, onData);
        send(start);
        ack.get(30, TimeUnit.SECONDS);
    }

    private synchronized void send(ObjectNode message) throws IOException {
        socket.sendText(GraphQlClient.JSON.writeValueAsString(message), true).join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence text, boolean last) {
        long received = System.nanoTime();
        partial.append(text);
        if (last) {
            String frame = partial.toString();
            partial.setLength(0);
            handle(frame, received);
        }
        webSocket.request(1);
        return null;
    }

    private void handle(String frame, long received) {
        try {
            JsonNode message = GraphQlClient.JSON.readTree(frame);
            String id = message.path("id").asText();
            switch (message.path("type").asText()) {
                case "connection_ack" -> acknowledged.complete(null);
                case "start_ack" -> started.get(id).complete(null);
                case "data" -> {
                    JsonNode data = message.path("payload").path("data");
                    subscriptions.get(id).accept(new Delivery(data.elements().next(), received));
                }
                case "error", "connection_error" -> {
                    IllegalStateException refused = new IllegalStateException("refused: " + frame);
                    acknowledged.completeExceptionally(refused);
                    started.values().forEach(ack -> ack.completeExceptionally(refused));
                }
                default -> {
                    // ka and complete carry nothing to measure.
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + frame, e);
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null)
                .join();
    }
}
