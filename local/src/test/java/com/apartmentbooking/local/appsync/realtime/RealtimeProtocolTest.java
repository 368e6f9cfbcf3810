package com.apartmentbooking.local.appsync.realtime;

import static com.apartmentbooking.local.appsync.realtime.RealtimeClient.apiKeyHeader;
import static com.apartmentbooking.local.appsync.realtime.RealtimeClient.base64;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The messages of an accepted connection, frame by frame, and AppSync's answers to messages it cannot take. */
class RealtimeProtocolTest {

    private static final String QUERY = "subscription S { onX { id } }";

    private RealtimeServer server;
    private RealtimeClient client;

    @BeforeEach
    void connect() throws Exception {
        // Keep-alives an hour apart, so that the only ka a test sees is the one after connection_ack.
        server = new RealtimeServer(gateway -> new RealtimeEndpoint(gateway, Duration.ofHours(1),
                RealtimeEndpoint.MAX_QUEUED_BYTES));
        client = RealtimeClient.connect(server.client,
                server.ws("/graphql/realtime?header=" + base64(apiKeyHeader(FakeGateway.GOOD_KEY)) + "&payload=e30="),
                List.of("graphql-ws"), null);
    }

    @AfterEach
    void close() throws Exception {
        client.close();
        server.close();
    }

    @Test
    void connectionInitIsAcknowledgedWithTheConnectionTimeoutThenAKeepAlive() throws Exception {
        client.send("{\"type\":\"connection_init\"}");

        assertEquals("{\"type\":\"connection_ack\",\"payload\":{\"connectionTimeoutMs\":300000}}",
                client.next().toString());
        assertEquals("{\"type\":\"ka\"}", client.next().toString());
    }

    @Test
    void startStartAckDataStopComplete() throws Exception {
        client.init();
        client.send(RealtimeClient.start("sub-1", QUERY, FakeGateway.GOOD_KEY));

        assertEquals("{\"type\":\"start_ack\",\"id\":\"sub-1\"}", client.next().toString());
        FakeGateway.Subscription subscription = server.gateway.subscriptions.get(0);
        String data = "{\"query\":\"" + QUERY + "\",\"variables\":{}}";
        assertEquals(data, subscription.data);
        assertEquals("POST", subscription.authorization.method());
        assertEquals("/graphql", subscription.authorization.path());
        assertArrayEquals(data.getBytes(StandardCharsets.UTF_8), subscription.authorization.body());
        assertEquals(FakeGateway.GOOD_KEY, subscription.authorization.header("x-api-key"));

        server.gateway.publish(event("1"));
        assertEquals("{\"type\":\"data\",\"id\":\"sub-1\",\"payload\":{\"data\":{\"onX\":{\"id\":\"1\"}}}}",
                client.next().toString());

        client.send("{\"type\":\"stop\",\"id\":\"sub-1\"}");
        assertEquals("{\"type\":\"complete\",\"id\":\"sub-1\"}", client.next().toString());
        assertTrue(subscription.isStopped());
    }

    @Test
    void afterCompleteNoMoreDataComesForTheSubscription() throws Exception {
        client.init();
        client.subscribe("first");
        client.send("{\"type\":\"stop\",\"id\":\"first\"}");
        assertEquals("complete", client.next().path("type").asText());
        client.subscribe("second");

        server.gateway.subscriptions.get(0).onData.accept(event("late"));
        server.gateway.publish(event("2"));

        JsonNode next = client.next();
        assertEquals("second", next.path("id").asText(), next.toString());
        assertEquals("2", next.path("payload").path("data").path("onX").path("id").asText());
    }

    @Test
    void anEventPublishedWhileTheSubscriptionRegistersFollowsItsStartAck() throws Exception {
        client.init();
        client.send(RealtimeClient.start("early-1", "subscription S { onX { id early } }", FakeGateway.GOOD_KEY));

        assertEquals("{\"type\":\"start_ack\",\"id\":\"early-1\"}", client.next().toString());
        assertEquals("{\"type\":\"data\",\"id\":\"early-1\",\"payload\":{\"data\":{\"onX\":{\"id\":\"early\"}}}}",
                client.next().toString());
    }

    @Test
    void connectionInitIsOptional() throws Exception {
        client.subscribe("no-init");
        server.gateway.publish(event("1"));

        assertEquals("data", client.nextNotKeepAlive().path("type").asText());
    }

    @Test
    void aRefusedStartIsAnErrorForItsIdWithTheGatewaysErrors() throws Exception {
        client.init();
        client.send(RealtimeClient.start("sub-x", "subscription S { onX { refuse } }", FakeGateway.GOOD_KEY));

        assertEquals("{\"type\":\"error\",\"id\":\"sub-x\",\"payload\":{\"errors\":[{\"errorType\":\"Unauthorized\","
                + "\"message\":\"Not Authorized to access onX on type Subscription\"}]}}", client.next().toString());
        client.subscribe("sub-x");
    }

    @Test
    void aDuplicatedSubscriptionIdIsRefusedAndTheFirstKeepsItsDeliveries() throws Exception {
        client.init();
        client.subscribe("same");
        client.send(RealtimeClient.start("same", QUERY, FakeGateway.GOOD_KEY));

        assertEquals("{\"type\":\"error\",\"id\":\"same\",\"payload\":{\"errors\":[{\"errorType\":"
                + "\"DuplicatedOperationError\",\"message\":\"Duplicated operation with id same\"}]}}",
                client.next().toString());
        assertEquals(1, server.gateway.subscriptions.size());
        server.gateway.publish(event("1"));
        assertEquals("same", client.next().path("id").asText());
    }

    @Test
    void aConnectionHoldsAtMostOneHundredSubscriptions() throws Exception {
        client.init();
        for (int i = 0; i < 100; i++) {
            client.subscribe("sub-" + i);
        }
        client.send(RealtimeClient.start("sub-100", QUERY, FakeGateway.GOOD_KEY));

        assertEquals("{\"type\":\"error\",\"id\":\"sub-100\",\"payload\":{\"errors\":[{\"errorType\":"
                + "\"MaxSubscriptionsReachedError\",\"message\":\"Max number of 100 subscriptions reached\"}]}}",
                client.next().toString());
        client.send("{\"type\":\"stop\",\"id\":\"sub-0\"}");
        assertEquals("complete", client.next().path("type").asText());
        client.subscribe("sub-100");
    }

    @Test
    void unreadableMessagesAreUnsupportedOperations() throws Exception {
        client.init();
        String unsupported = "{\"type\":\"error\",\"payload\":{\"errors\":[{\"errorType\":\"UnsupportedOperation\","
                + "\"message\":\"unknown not supported through the realtime channel\"}]}}";
        for (String message : List.of("{\"type\":\"subscribe\",\"id\":\"1\"}", "not json", "[1,2]", "{\"id\":\"1\"}",
                "{\"type\":\"start\",\"payload\":{}}", "{\"type\":\"stop\"}", "{\"type\":\"connection_init\"} x")) {
            client.send(message);

            assertEquals(unsupported, client.next().toString(), message);
        }
        assertTrue(server.gateway.subscriptions.isEmpty());
    }

    @Test
    void aStartWithoutDataOrAuthorizationIsUnsupportedForItsId() throws Exception {
        client.init();
        ObjectNode withoutAuthorization = RealtimeClient.start("no-auth", QUERY, FakeGateway.GOOD_KEY);
        ((ObjectNode) withoutAuthorization.path("payload")).remove("extensions");
        ObjectNode withoutData = RealtimeClient.start("no-data", QUERY, FakeGateway.GOOD_KEY);
        ((ObjectNode) withoutData.path("payload")).remove("data");

        for (ObjectNode start : List.of(withoutAuthorization, withoutData)) {
            client.send(start);
            JsonNode error = client.next();

            assertEquals("error", error.path("type").asText());
            assertEquals(start.path("id").asText(), error.path("id").asText());
            assertEquals("UnsupportedOperation", error.path("payload").path("errors").path(0).path("errorType").asText());
        }
        assertTrue(server.gateway.subscriptions.isEmpty());
    }

    @Test
    void stoppingAnUnknownSubscriptionCompletesIt() throws Exception {
        client.init();
        client.send("{\"type\":\"stop\",\"id\":\"never-started\"}");

        assertEquals("{\"type\":\"complete\",\"id\":\"never-started\"}", client.next().toString());
    }

    @Test
    void anEventOverTheDataLimitIsNotDelivered() throws Exception {
        client.init();
        client.subscribe("big");

        server.gateway.publish(event("x".repeat(ActiveSubscription.MAX_DATA_BYTES)));
        server.gateway.publish(event("small"));

        assertEquals("small", client.next().path("payload").path("data").path("onX").path("id").asText());
    }

    @Test
    void closingTheConnectionStopsItsRegistrations() throws Exception {
        client.init();
        client.subscribe("a");
        client.subscribe("b");

        client.session.close();

        for (FakeGateway.Subscription subscription : server.gateway.subscriptions) {
            assertTrue(subscription.stopped.await(RealtimeClient.WAIT_SECONDS, TimeUnit.SECONDS));
        }
        assertEquals(2, server.gateway.subscriptions.size());
    }

    @Test
    void keepAlivesComeEveryIntervalWithoutAnyMessageFromTheClient() throws Exception {
        try (RealtimeServer frequent = new RealtimeServer(gateway -> new RealtimeEndpoint(gateway,
                Duration.ofMillis(50), RealtimeEndpoint.MAX_QUEUED_BYTES));
                RealtimeClient idle = RealtimeClient.connect(frequent.client, frequent.ws("/graphql/realtime?header="
                        + base64(apiKeyHeader(FakeGateway.GOOD_KEY))), List.of("graphql-ws"), null)) {
            for (int i = 0; i < 3; i++) {
                assertEquals("{\"type\":\"ka\"}", idle.next().toString());
            }
            assertEquals(1, idle.closed.getCount(), "the idle connection was closed");
        }
    }

    private static ObjectNode event(String id) {
        ObjectNode payload = Json.WIRE.createObjectNode();
        payload.putObject("data").putObject("onX").put("id", id);
        return payload;
    }
}
