package com.apartmentbooking.local.appsync.realtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One started subscription of a connection. It keeps the order a client relies on: no {@code data} before its
 * {@code start_ack}, none after its {@code complete}.
 */
final class ActiveSubscription {

    /** AppSync does not deliver an event whose message is larger than its 240 KB payload limit, and says nothing. */
    static final int MAX_DATA_BYTES = 240 * 1024;

    private final String id;
    private final OutgoingFrames frames;
    private List<String> beforeAck = new ArrayList<>();
    private boolean stopped;
    private RealtimeApi.Registration registration;

    ActiveSubscription(String id, OutgoingFrames frames) {
        this.id = id;
        this.frames = frames;
    }

    /** Delivers one event's payload; called on the publishing thread, so it only queues. */
    void deliver(ObjectNode payload) {
        String message = ServerMessages.data(id, payload);
        if (message.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            return;
        }
        synchronized (this) {
            if (stopped) {
                return;
            }
            if (beforeAck != null) {
                beforeAck.add(message);
            } else {
                frames.add(message);
            }
        }
    }

    /**
     * Sends the {@code start_ack}, then what was published while the subscription was being registered.
     *
     * @return false when the connection closed meanwhile, so the caller stops the registration itself
     */
    synchronized boolean acknowledge(RealtimeApi.Registration started) {
        if (stopped) {
            return false;
        }
        registration = started;
        frames.add(ServerMessages.startAck(id));
        beforeAck.forEach(frames::add);
        beforeAck = null;
        return true;
    }

    /**
     * The client's {@code stop}: the registration is stopped, then {@code complete} follows the deliveries already
     * queued; a delivery racing with the stop is dropped, never sent after {@code complete}.
     */
    void stop() {
        RealtimeApi.Registration toStop;
        synchronized (this) {
            toStop = end();
        }
        // Outside the lock: a registration's stop may wait for a publisher that is delivering to this subscription.
        stopRegistration(toStop);
        frames.add(ServerMessages.complete(id));
    }

    /** The connection closed: no more deliveries, nothing to tell. */
    void discard() {
        RealtimeApi.Registration toStop;
        synchronized (this) {
            toStop = end();
        }
        stopRegistration(toStop);
    }

    private RealtimeApi.Registration end() {
        stopped = true;
        beforeAck = null;
        RealtimeApi.Registration ended = registration;
        registration = null;
        return ended;
    }

    private static void stopRegistration(RealtimeApi.Registration registration) {
        if (registration != null) {
            registration.stop();
        }
    }
}
