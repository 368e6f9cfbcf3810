package com.apartmentbooking.local.appsync.realtime;

import static com.apartmentbooking.local.appsync.realtime.RealtimeClient.WAIT_SECONDS;
import static com.apartmentbooking.local.appsync.realtime.RealtimeClient.apiKeyHeader;
import static com.apartmentbooking.local.appsync.realtime.RealtimeClient.base64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Deliveries to one connection never wait for another's client. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RealtimeDeliveryTest {

    private static final int EVENTS = 3000;
    private static final int EVENT_CHARS = 16 * 1024;
    private static final long QUEUE_LIMIT = 1024 * 1024;

    @Test
    void aClientThatStopsReadingDelaysNeitherThePublisherNorOtherConnectionsAndIsDropped() throws Exception {
        try (RealtimeServer server = new RealtimeServer(gateway -> new RealtimeEndpoint(gateway, Duration.ofHours(1),
                QUEUE_LIMIT))) {
            StalledClient stalled = new StalledClient();
            ClientUpgradeRequest request = new ClientUpgradeRequest(server.ws("/graphql/realtime?header="
                    + base64(apiKeyHeader(FakeGateway.GOOD_KEY)) + "&payload=e30="));
            request.setSubProtocols("graphql-ws");
            server.client.connect(stalled, request).get(WAIT_SECONDS, TimeUnit.SECONDS);
            stalled.session.sendText(RealtimeClient.start("stalled", "subscription S { onX { id } }",
                    FakeGateway.GOOD_KEY).toString(), org.eclipse.jetty.websocket.api.Callback.NOOP);
            assertTrue(stalled.acknowledged.await(WAIT_SECONDS, TimeUnit.SECONDS));
            try (RealtimeClient reading = RealtimeClient.connect(server.client, server.ws("/graphql/realtime?header="
                    + base64(apiKeyHeader(FakeGateway.GOOD_KEY)) + "&payload=e30="), List.of("graphql-ws"), null)) {
                reading.init();
                reading.subscribe("reading");
                FakeGateway.Subscription stalledSubscription = server.gateway.subscriptions.get(0);

                // Far more than the socket buffers and the queue limit hold. The stalled subscription is published
                // to first, and each event is read by the reading client before the next is published: a publisher
                // waiting for the stalled client would never get there.
                String filler = "x".repeat(EVENT_CHARS);
                for (int i = 0; i < EVENTS; i++) {
                    server.gateway.publish(event(i, filler));

                    JsonNode data = reading.next();
                    assertEquals("reading", data.path("id").asText());
                    assertEquals(i, data.path("payload").path("data").path("onX").path("n").asInt());
                }
                assertTrue(stalledSubscription.stopped.await(WAIT_SECONDS, TimeUnit.SECONDS),
                        "the stalled connection was not dropped");
                assertEquals(1, server.gateway.subscriptions.get(1).stopped.getCount(),
                        "the reading connection lost its subscription");
            }
        }
    }

    private static ObjectNode event(int n, String filler) {
        ObjectNode payload = Json.WIRE.createObjectNode();
        payload.putObject("data").putObject("onX").put("n", n).put("filler", filler);
        return payload;
    }
}
