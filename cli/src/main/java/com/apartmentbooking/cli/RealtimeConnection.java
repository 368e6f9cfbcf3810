package com.apartmentbooking.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A connection to AppSync's real-time endpoint in its {@code graphql-ws} protocol, as AppSync's clients open it:
 * the authorization header base64-encoded in the {@code header} query parameter, {@code connection_init}, then a
 * {@code start} per subscription carrying the same authorization. Uses the JDK's WebSocket client.
 */
final class RealtimeConnection implements AutoCloseable {

    private static final long HANDSHAKE_SECONDS = 20;
    /** Until the {@code connection_ack} says otherwise: AppSync's documented 5 minutes. */
    private static final long DEFAULT_TIMEOUT_MS = 300_000;
    /** What arrived: a whole text message, or (text null) the end of the connection. */
    private record Incoming(String text) {
        static final Incoming CLOSED = new Incoming(null);
    }

    private final BlockingQueue<Incoming> messages = new LinkedBlockingQueue<>();
    private final ObjectNode authorization;
    private final Target target;
    private final URI url;
    private WebSocket socket;
    private long timeoutMs = DEFAULT_TIMEOUT_MS;
    private volatile String closeReason;

    /**
     * @param graphqlUrl the API's GraphQL URL, whose host the authorization names
     * @param realtimeUrl the API's real-time URL
     */
    RealtimeConnection(Target target, URI graphqlUrl, URI realtimeUrl, String apiKey) {
        this.target = target;
        this.authorization = CliJson.object().put("host", graphqlUrl.getRawAuthority()).put("x-api-key", apiKey);
        String header = Base64.getEncoder().encodeToString(CliJson.compact(authorization)
                .getBytes(StandardCharsets.UTF_8));
        this.url = URI.create(realtimeUrl + "?header=" + URLEncoder.encode(header, StandardCharsets.UTF_8)
                + "&payload=e30%3D");
    }

    /** Opens the connection and waits for {@code connection_ack}. */
    void open(Http http) {
        try {
            socket = http.client().newWebSocketBuilder().subprotocols("graphql-ws")
                    .buildAsync(url, new Listener()).get(HANDSHAKE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | CompletionException e) {
            throw handshakeFailure(e.getCause());
        } catch (TimeoutException e) {
            throw Failures.unreachable(target, url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.failed("interrupted");
        }
        send(CliJson.object().put("type", "connection_init"));
        JsonNode ack = next(HANDSHAKE_SECONDS * 1000);
        while ("ka".equals(ack.path("type").asText())) {
            ack = next(HANDSHAKE_SECONDS * 1000);
        }
        if (!"connection_ack".equals(ack.path("type").asText())) {
            throw refusal("The real-time endpoint refused the connection", ack);
        }
        timeoutMs = ack.path("payload").path("connectionTimeoutMs").asLong(DEFAULT_TIMEOUT_MS);
    }

    /** Sends a {@code start} for the subscription and waits for its {@code start_ack}. */
    void subscribe(String id, String query, ObjectNode variables) {
        ObjectNode data = CliJson.object().put("query", query);
        data.set("variables", variables);
        ObjectNode start = CliJson.object().put("id", id).put("type", "start");
        ObjectNode payload = start.putObject("payload").put("data", CliJson.compact(data));
        payload.putObject("extensions").set("authorization", authorization.deepCopy());
        send(start);
        JsonNode answer = nextNotKeepAlive();
        if (!"start_ack".equals(answer.path("type").asText())) {
            throw refusal("The subscription was refused", answer);
        }
    }

    /**
     * The next message that is not a keep-alive; the connection has failed when not even a keep-alive came within
     * the timeout the server gave.
     */
    JsonNode nextNotKeepAlive() {
        JsonNode message = next(timeoutMs);
        while ("ka".equals(message.path("type").asText())) {
            message = next(timeoutMs);
        }
        return message;
    }

    /** An {@code error} or {@code connection_error} message as the CLI's failure (4 for an unauthorized key). */
    static CliFailure refusal(String what, JsonNode message) {
        JsonNode error = message.path("payload").path("errors").path(0);
        String type = error.path("errorType").asText("");
        String detail = (type.isEmpty() ? "" : type.replaceAll(".*#", "") + ": ")
                + error.path("message").asText(CliJson.compact(message));
        if (type.endsWith("UnauthorizedException") || error.path("errorCode").asInt() == 401) {
            return Failures.refusedApiKey(detail);
        }
        return CliFailure.failed(what + ": " + detail);
    }

    private JsonNode next(long waitMs) {
        Incoming incoming;
        try {
            incoming = messages.poll(waitMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.failed("interrupted");
        }
        if (incoming == null) {
            throw CliFailure.failed("The real-time connection went silent (no keep-alive for " + waitMs + " ms)");
        }
        if (incoming.text() == null) {
            throw CliFailure.failed("The real-time endpoint closed the connection" + (closeReason == null ? ""
                    : ": " + closeReason));
        }
        return CliJson.parse(incoming.text(), "The real-time endpoint");
    }

    private void send(ObjectNode message) {
        socket.sendText(CliJson.compact(message), true).join();
    }

    private CliFailure handshakeFailure(Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof ConnectException || c instanceof HttpConnectTimeoutException) {
                return Failures.unreachable(target, url);
            }
        }
        if (cause instanceof WebSocketHandshakeException handshake) {
            int status = handshake.getResponse().statusCode();
            if (status == 401 || status == 403) {
                return Failures.refusedApiKey("HTTP " + status + " at the real-time endpoint");
            }
            return CliFailure.failed("The real-time endpoint refused the connection: HTTP " + status);
        }
        return CliFailure.failed("Could not connect to " + url.getHost() + ": " + cause);
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(failure -> null);
        }
    }

    /** Collects whole text messages into the queue. */
    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(new Incoming(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeReason = statusCode + (reason == null || reason.isEmpty() ? "" : " " + reason);
            messages.add(Incoming.CLOSED);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeReason = String.valueOf(error.getMessage());
            messages.add(Incoming.CLOSED);
        }
    }
}
