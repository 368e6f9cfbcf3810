package com.apartmentbooking.local.appsync.realtime;

import com.apartmentbooking.local.appsync.auth.AuthRequest;
import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.util.thread.Scheduler;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One accepted connection speaking AppSync's real-time protocol: {@code connection_init}, {@code start} and
 * {@code stop} in; {@code connection_ack}, {@code ka}, {@code start_ack}, {@code data}, {@code complete} and
 * {@code error} out. Every outgoing frame goes through the connection's {@link OutgoingFrames}.
 *
 * <p>Public only because Jetty calls a listener's methods through public lookups; only the endpoint makes one.
 */
public final class RealtimeConnection implements Session.Listener.AutoDemanding {

    /** AppSync's quota of subscriptions on one connection. */
    static final int MAX_SUBSCRIPTIONS = 100;
    /** The largest message a client may send, AppSync's payload limit; Jetty closes the connection (1009) above. */
    static final int MAX_MESSAGE_BYTES = 240 * 1024;

    private final RealtimeApi api;
    private final String sourceIp;
    private final Scheduler scheduler;
    private final Duration keepAliveInterval;
    private final long maxQueuedBytes;
    private final Map<String, ActiveSubscription> subscriptions = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile OutgoingFrames frames;
    private volatile Scheduler.Task keepAlive;

    RealtimeConnection(RealtimeApi api, String sourceIp, Scheduler scheduler, Duration keepAliveInterval,
            long maxQueuedBytes) {
        this.api = api;
        this.sourceIp = sourceIp;
        this.scheduler = scheduler;
        this.keepAliveInterval = keepAliveInterval;
        this.maxQueuedBytes = maxQueuedBytes;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        // Keep-alives are written at least every connectionTimeoutMs, so only a dead peer idles that long.
        session.setIdleTimeout(Duration.ofMillis(ServerMessages.CONNECTION_TIMEOUT_MS));
        session.setMaxTextMessageSize(MAX_MESSAGE_BYTES);
        // A client that does not read is dropped without a close handshake: its close frame would queue too.
        frames = new OutgoingFrames(session, maxQueuedBytes, session::disconnect);
        scheduleKeepAlive();
    }

    @Override
    public void onWebSocketText(String text) {
        JsonNode message = parse(text);
        String type = message == null ? null : textField(message, "type");
        if (type == null) {
            frames.add(ServerMessages.error(null, ProtocolErrors.unsupportedOperation()));
            return;
        }
        switch (type) {
            case "connection_init" -> {
                frames.add(ServerMessages.connectionAck());
                frames.add(ServerMessages.keepAlive());
            }
            case "start" -> start(message);
            case "stop" -> stop(message);
            default -> frames.add(ServerMessages.error(null, ProtocolErrors.unsupportedOperation()));
        }
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        release();
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        release();
    }

    private void start(JsonNode message) {
        String id = textField(message, "id");
        JsonNode payload = message.path("payload");
        String data = textField(payload, "data");
        JsonNode authorization = payload.path("extensions").path("authorization");
        if (id == null) {
            frames.add(ServerMessages.error(null, ProtocolErrors.unsupportedOperation()));
            return;
        }
        if (data == null || !authorization.isObject()) {
            frames.add(ServerMessages.error(id, ProtocolErrors.unsupportedOperation()));
            return;
        }
        if (subscriptions.containsKey(id)) {
            frames.add(ServerMessages.error(id, ProtocolErrors.duplicatedOperation(id)));
            return;
        }
        if (subscriptions.size() >= MAX_SUBSCRIPTIONS) {
            frames.add(ServerMessages.error(id, ProtocolErrors.maxSubscriptionsReached(MAX_SUBSCRIPTIONS)));
            return;
        }
        ActiveSubscription subscription = new ActiveSubscription(id, frames);
        subscriptions.put(id, subscription);
        AuthRequest signed = new AuthRequest("POST", api.graphqlPath(), "", ConnectionHeader.headersOf(authorization),
                data.getBytes(StandardCharsets.UTF_8), sourceIp);
        RealtimeApi.Registration registration;
        try {
            registration = api.subscribe(data, signed, subscription::deliver);
        } catch (RealtimeRefusal refusal) {
            subscriptions.remove(id);
            frames.add(ServerMessages.error(id, refusal.errors()));
            return;
        }
        if (!subscription.acknowledge(registration)) {
            registration.stop();
        } else if (closed.get()) {
            // The connection closed while the gateway registered it, perhaps after its subscriptions were released.
            subscription.discard();
        }
    }

    private void stop(JsonNode message) {
        String id = textField(message, "id");
        if (id == null) {
            frames.add(ServerMessages.error(null, ProtocolErrors.unsupportedOperation()));
            return;
        }
        ActiveSubscription subscription = subscriptions.remove(id);
        if (subscription != null) {
            subscription.stop();
        } else {
            frames.add(ServerMessages.complete(id));
        }
    }

    private void scheduleKeepAlive() {
        keepAlive = scheduler.schedule(() -> {
            if (!closed.get()) {
                frames.add(ServerMessages.keepAlive());
                scheduleKeepAlive();
            }
        }, keepAliveInterval);
    }

    private void release() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        Scheduler.Task task = keepAlive;
        if (task != null) {
            task.cancel();
        }
        if (frames != null) {
            frames.close();
        }
        subscriptions.values().forEach(ActiveSubscription::discard);
        subscriptions.clear();
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode message = Json.WIRE.readTree(text);
            return message != null && message.isObject() ? message : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String textField(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
    }
}
