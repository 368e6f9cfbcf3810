package com.apartmentbooking.local.appsync.realtime;

import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.util.IteratingCallback;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One connection's outgoing frames, sent one at a time with the session's non-blocking send. Adding a frame never
 * blocks, so a publisher delivering to many connections is never held up by a slow one; a connection whose client
 * does not read falls behind by at most {@code maxQueuedBytes}, and is then dropped.
 */
final class OutgoingFrames {

    private final Session session;
    private final long maxQueuedBytes;
    private final Runnable onOverflow;
    private final Queue<Frame> frames = new ConcurrentLinkedQueue<>();
    private final AtomicLong queuedBytes = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Sender sender = new Sender();

    /**
     * @param onOverflow called once, on the adding thread, when the queue overflows; it must not block
     */
    OutgoingFrames(Session session, long maxQueuedBytes, Runnable onOverflow) {
        this.session = session;
        this.maxQueuedBytes = maxQueuedBytes;
        this.onOverflow = onOverflow;
    }

    /** Queues a frame's text for sending; ignored once the frames are closed. */
    void add(String text) {
        if (closed.get()) {
            return;
        }
        Frame frame = new Frame(text, text.getBytes(StandardCharsets.UTF_8).length);
        if (queuedBytes.addAndGet(frame.bytes()) > maxQueuedBytes) {
            if (closed.compareAndSet(false, true)) {
                frames.clear();
                onOverflow.run();
            }
            return;
        }
        frames.add(frame);
        sender.iterate();
    }

    /** Sends nothing more: the connection is closed. */
    void close() {
        closed.set(true);
        frames.clear();
    }

    private record Frame(String text, long bytes) {
    }

    /** Sends the queued frames in order, the next one when the previous one is written. */
    private final class Sender extends IteratingCallback {

        private Frame sending;

        @Override
        protected Action process() {
            if (sending != null) {
                queuedBytes.addAndGet(-sending.bytes());
            }
            sending = frames.poll();
            if (sending == null) {
                return Action.IDLE;
            }
            session.sendText(sending.text(), Callback.from(this::succeeded, this::failed));
            return Action.SCHEDULED;
        }

        @Override
        protected void onCompleteFailure(Throwable cause) {
            OutgoingFrames.this.close();
        }
    }
}
