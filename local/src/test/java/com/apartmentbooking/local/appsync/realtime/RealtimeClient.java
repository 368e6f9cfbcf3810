package com.apartmentbooking.local.appsync.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/** One test connection to the real-time endpoint, reading every message it is sent into a queue. */
public final class RealtimeClient implements Session.Listener.AutoDemanding, AutoCloseable {

    static final long WAIT_SECONDS = 20;

    final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    final CountDownLatch closed = new CountDownLatch(1);
    volatile int closeStatus;
    Session session;

    static String base64(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static String apiKeyHeader(String key) {
        return "{\"host\":\"example.appsync-api.us-east-1.amazonaws.com\",\"x-api-key\":\"" + key + "\"}";
    }

    /** Connects to {@code uri} offering {@code subprotocols}; the listener is this client. */
    static RealtimeClient connect(WebSocketClient jetty, URI uri, List<String> subprotocols, String host)
            throws Exception {
        RealtimeClient client = new RealtimeClient();
        ClientUpgradeRequest request = new ClientUpgradeRequest(uri);
        request.setSubProtocols(subprotocols);
        if (host != null) {
            request.setHeader("Host", host);
        }
        client.session = jetty.connect(client, request).get(WAIT_SECONDS, TimeUnit.SECONDS);
        return client;
    }

    @Override
    public void onWebSocketText(String message) {
        received.add(message);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        closeStatus = statusCode;
        closed.countDown();
    }

    void send(String text) {
        session.sendText(text, org.eclipse.jetty.websocket.api.Callback.NOOP);
    }

    void send(JsonNode message) {
        send(message.toString());
    }

    /** The next message, failing when none comes in time. */
    JsonNode next() throws Exception {
        String message = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(message, "no message came");
        return Json.WIRE.readTree(message);
    }

    /** The next message that is not a keep-alive. */
    JsonNode nextNotKeepAlive() throws Exception {
        JsonNode message = next();
        while (message.path("type").asText().equals("ka")) {
            message = next();
        }
        return message;
    }

    /** Sends {@code connection_init} and reads the {@code connection_ack} and the {@code ka} after it. */
    void init() throws Exception {
        send("{\"type\":\"connection_init\"}");
        JsonNode ack = next();
        assertEquals("connection_ack", ack.path("type").asText(), ack.toString());
        assertEquals("ka", next().path("type").asText());
    }

    static ObjectNode start(String id, String query, String apiKey) {
        ObjectNode start = Json.WIRE.createObjectNode().put("id", id).put("type", "start");
        ObjectNode payload = start.putObject("payload");
        payload.put("data", Json.WIRE.createObjectNode().put("query", query).set("variables",
                Json.WIRE.createObjectNode()).toString());
        payload.putObject("extensions").putObject("authorization")
                .put("host", "example.appsync-api.us-east-1.amazonaws.com").put("x-api-key", apiKey);
        return start;
    }

    /** Sends a {@code start} and expects its {@code start_ack}. */
    void subscribe(String id) throws Exception {
        send(start(id, "subscription S { onX { id } }", FakeGateway.GOOD_KEY));
        JsonNode ack = nextNotKeepAlive();
        assertEquals("start_ack", ack.path("type").asText(), ack.toString());
        assertEquals(id, ack.path("id").asText());
    }

    void awaitClosed() throws InterruptedException {
        assertTrue(closed.await(WAIT_SECONDS, TimeUnit.SECONDS), "the connection did not close");
    }

    @Override
    public void close() {
        if (session != null && session.isOpen()) {
            session.close();
        }
    }
}
