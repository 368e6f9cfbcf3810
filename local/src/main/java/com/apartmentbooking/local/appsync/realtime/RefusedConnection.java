package com.apartmentbooking.local.appsync.realtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * A connection AppSync refuses after the handshake: it sends one {@code connection_error} and closes. A
 * subprotocol problem is answered as soon as the connection opens; a refused {@code header} when the client
 * first speaks (its {@code connection_init}, or a {@code start}), so that every client is listening by then.
 *
 * <p>Public only because Jetty calls a listener's methods through public lookups; only the endpoint makes one.
 */
public final class RefusedConnection implements Session.Listener.AutoDemanding {

    private final String connectionError;
    private final boolean answerAtOpen;
    private final AtomicBoolean answered = new AtomicBoolean();
    private Session session;

    RefusedConnection(ArrayNode errors, boolean answerAtOpen) {
        this.connectionError = ServerMessages.connectionError(errors);
        this.answerAtOpen = answerAtOpen;
    }

    @Override
    public void onWebSocketOpen(Session opened) {
        session = opened;
        if (answerAtOpen) {
            answer();
        }
    }

    @Override
    public void onWebSocketText(String message) {
        answer();
    }

    private void answer() {
        if (answered.compareAndSet(false, true)) {
            session.sendText(connectionError, Callback.from(session::close, failure -> session.disconnect()));
        }
    }
}
