package com.apartmentbooking.local.appsync.realtime;

import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.websocket.api.Session;

/**
 * A client that reads until its subscription is acknowledged and then stops reading, as a frozen browser tab or
 * a dead network does: the endpoint's frames to it pile up.
 */
public final class StalledClient implements Session.Listener {

    final CountDownLatch acknowledged = new CountDownLatch(1);
    volatile Session session;

    @Override
    public void onWebSocketOpen(Session opened) {
        session = opened;
        opened.demand();
    }

    @Override
    public void onWebSocketText(String message) {
        if (message.contains("\"start_ack\"")) {
            acknowledged.countDown();
        } else {
            session.demand();
        }
    }
}
