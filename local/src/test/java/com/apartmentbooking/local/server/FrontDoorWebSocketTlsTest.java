package com.apartmentbooking.local.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A WebSocket route answers on the one port both as ws:// and as wss://, the scheme Amplify's real-time client uses.
 * Public, as are its endpoints: Jetty reaches WebSocket endpoints' methods through public lookups only.
 */
public class FrontDoorWebSocketTlsTest {

    private FrontDoor door;
    private WebSocketClient client;

    @BeforeEach
    void start() throws Exception {
        door = FrontDoor.builder().port(0).route("/echo", new EchoRoute()).build().start();
        SslContextFactory.Client trustingTheLocalAuthority = new SslContextFactory.Client();
        trustingTheLocalAuthority.setTrustStore(door.tls().trustStore());
        HttpClient http = new HttpClient();
        http.setSslContextFactory(trustingTheLocalAuthority);
        client = new WebSocketClient(http);
        client.start();
    }

    @AfterEach
    void stop() throws Exception {
        client.stop();
        door.close();
    }

    @Test
    void aWebSocketOverTlsIsUpgradedAndEchoes() throws Exception {
        assertEquals("hello, secure: true", roundTrip(URI.create("wss://localhost:" + door.port() + "/echo"), "hello"));
    }

    @Test
    void aPlainWebSocketOnTheSamePortStillWorks() throws Exception {
        assertEquals("hello, secure: false", roundTrip(URI.create("ws://127.0.0.1:" + door.port() + "/echo"), "hello"));
    }

    private String roundTrip(URI uri, String text) throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        Session session = client.connect(new Receiver(received), uri).get(10, TimeUnit.SECONDS);
        try {
            session.sendText(text, Callback.NOOP);
            return received.poll(10, TimeUnit.SECONDS);
        } finally {
            session.close();
        }
    }

    /** Jetty's WebSocket upgrade for one path, echoing each text with whether the upgrade request came over TLS. */
    private static final class EchoRoute extends Handler.Wrapper {
        @Override
        public void setServer(Server server) {
            super.setServer(server);
            setHandler(WebSocketUpgradeHandler.from(server, container -> container.addMapping("/echo",
                    (request, response, callback) -> new Echo(request.isSecure()))));
        }
    }

    public static final class Receiver implements Session.Listener.AutoDemanding {
        private final BlockingQueue<String> received;

        Receiver(BlockingQueue<String> received) {
            this.received = received;
        }

        @Override
        public void onWebSocketText(String message) {
            received.add(message);
        }
    }

    public static final class Echo implements Session.Listener.AutoDemanding {
        private final boolean secure;
        private Session session;

        Echo(boolean secure) {
            this.secure = secure;
        }

        @Override
        public void onWebSocketOpen(Session opened) {
            session = opened;
        }

        @Override
        public void onWebSocketText(String message) {
            session.sendText(message + ", secure: " + secure, Callback.NOOP);
        }
    }
}
