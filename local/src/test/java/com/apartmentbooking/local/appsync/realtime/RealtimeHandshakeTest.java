package com.apartmentbooking.local.appsync.realtime;

import static com.apartmentbooking.local.appsync.realtime.RealtimeClient.apiKeyHeader;
import static com.apartmentbooking.local.appsync.realtime.RealtimeClient.base64;
import static com.apartmentbooking.local.appsync.realtime.RealtimeClient.base64Url;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.appsync.auth.AuthRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WebSocket handshake: where the endpoint answers, the {@code graphql-ws} subprotocol, and the connection's
 * {@code header} in each of its forms, handed to the gateway; refusals as AppSync sends them.
 */
class RealtimeHandshakeTest {

    private static RealtimeServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new RealtimeServer(RealtimeEndpoint::new);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void headerQueryParameterIsDecodedAndSignedForTheConnectPath() throws Exception {
        String header = base64(apiKeyHeader(FakeGateway.GOOD_KEY));
        try (RealtimeClient client = RealtimeClient.connect(server.client,
                server.ws("/graphql/realtime?header=" + header + "&payload=e30="), List.of("graphql-ws"), null)) {
            client.init();

            assertEquals("graphql-ws", client.session.getUpgradeResponse().getAcceptedSubProtocol());
            FakeGateway.Connect connect = lastConnect();
            assertEquals("/graphql/realtime", connect.path());
            assertEquals("127.0.0.1:" + server.door.port(), connect.host());
            AuthRequest authorization = connect.authorization();
            assertEquals("POST", authorization.method());
            assertEquals("/graphql/connect", authorization.path());
            assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), authorization.body());
            assertEquals(FakeGateway.GOOD_KEY, authorization.header("x-api-key"));
            assertEquals("example.appsync-api.us-east-1.amazonaws.com", authorization.header("host"));
            assertEquals("127.0.0.1", authorization.sourceIp());
        }
    }

    @Test
    void headerSubprotocolIsDecodedAndTheApiPathSignsForItsOwnConnectPath() throws Exception {
        String header = "header-" + base64Url(apiKeyHeader(FakeGateway.GOOD_KEY));
        try (RealtimeClient client = RealtimeClient.connect(server.client, server.ws("/graphql/api1234/realtime"),
                List.of("graphql-ws", header), null)) {
            client.init();

            assertEquals("graphql-ws", client.session.getUpgradeResponse().getAcceptedSubProtocol());
            FakeGateway.Connect connect = lastConnect();
            assertEquals("/graphql/api1234/realtime", connect.path());
            assertEquals("/graphql/api1234/connect", connect.authorization().path());
            assertEquals(FakeGateway.GOOD_KEY, connect.authorization().header("x-api-key"));
        }
    }

    @Test
    void theRealtimeHostIsServedOnTheGraphqlPath() throws Exception {
        String host = "abcdefghijklmnopqrstuvwxyz.appsync-realtime-api.us-east-1.amazonaws.com";
        String header = base64(apiKeyHeader(FakeGateway.GOOD_KEY));
        try (RealtimeClient client = RealtimeClient.connect(server.client,
                server.ws("/graphql?header=" + header + "&payload=e30="), List.of("graphql-ws"), host)) {
            client.init();

            assertEquals(host, lastConnect().host());
            assertEquals("/graphql/connect", lastConnect().authorization().path());
        }
    }

    @Test
    void anUpgradeOfTheGraphqlPathOnAnotherHostIsLeftToTheGraphqlHandler() {
        String header = base64(apiKeyHeader(FakeGateway.GOOD_KEY));
        ExecutionException refused = assertThrows(ExecutionException.class, () -> RealtimeClient.connect(
                server.client, server.ws("/graphql?header=" + header), List.of("graphql-ws"), null));
        assertEquals(true, refused.getCause().getMessage().contains("200"), refused.getCause().getMessage());
    }

    @Test
    void plainHttpRequestsOnTheRealtimePathsGoToTheGraphqlHandler() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/graphql", "/graphql/realtime", "/graphql/api1234/realtime")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.http(path))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ a }\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, response.statusCode(), path);
            assertEquals(RealtimeServer.GRAPHQL_HTTP_ANSWER, response.body(), path);
        }
    }

    @Test
    void withoutASubprotocolTheConnectionIsRefusedWithNoProtocolError() throws Exception {
        try (RealtimeClient client = RealtimeClient.connect(server.client,
                server.ws("/graphql/realtime?header=" + base64(apiKeyHeader(FakeGateway.GOOD_KEY))), List.of(), null)) {
            JsonNode error = client.next();

            assertEquals("{\"type\":\"connection_error\",\"payload\":{\"errors\":"
                    + "[{\"message\":\"NoProtocolError\",\"errorCode\":400}]}}", error.toString());
            client.awaitClosed();
        }
    }

    @Test
    void withoutTheGraphqlWsSubprotocolTheConnectionIsRefusedWithSubProtocolNotSupportedError() throws Exception {
        try (RealtimeClient client = RealtimeClient.connect(server.client,
                server.ws("/graphql/realtime?header=" + base64(apiKeyHeader(FakeGateway.GOOD_KEY))),
                List.of("graphql-transport-ws"), null)) {
            JsonNode error = client.next();

            assertEquals("{\"type\":\"connection_error\",\"payload\":{\"errors\":"
                    + "[{\"message\":\"SubProtocolNotSupportedError\",\"errorCode\":400}]}}", error.toString());
            client.awaitClosed();
        }
    }

    @Test
    void aRefusedHeaderIsAnsweredWithTheGatewaysConnectionErrorAndClosed() throws Exception {
        String header = base64(apiKeyHeader("da2-wrongkey"));
        try (RealtimeClient client = RealtimeClient.connect(server.client,
                server.ws("/graphql/realtime?header=" + header + "&payload=e30="), List.of("graphql-ws"), null)) {
            client.send("{\"type\":\"connection_init\"}");
            JsonNode error = client.next();

            assertEquals("{\"type\":\"connection_error\",\"payload\":{\"errors\":[{\"errorType\":"
                    + "\"UnauthorizedException\",\"message\":\"You are not authorized to make this call.\","
                    + "\"errorCode\":401}]}}", error.toString());
            client.awaitClosed();
        }
    }

    @Test
    void aHeaderThatIsNotBase64JsonIsRefused() throws Exception {
        try (RealtimeClient client = RealtimeClient.connect(server.client,
                server.ws("/graphql/realtime?header=" + base64("not json") + "&payload=e30="), List.of("graphql-ws"),
                null)) {
            client.send("{\"type\":\"connection_init\"}");
            JsonNode error = client.next();

            assertEquals("connection_error", error.path("type").asText());
            JsonNode first = error.path("payload").path("errors").path(0);
            assertEquals("Valid authorization header not provided.", first.path("message").asText());
            assertEquals(400, first.path("errorCode").asInt());
            client.awaitClosed();
        }
    }

    @Test
    void withoutAHeaderParameterTheUpgradeRequestsOwnHeadersAuthorize() throws Exception {
        RealtimeClient client = new RealtimeClient();
        org.eclipse.jetty.websocket.client.ClientUpgradeRequest request =
                new org.eclipse.jetty.websocket.client.ClientUpgradeRequest(server.ws("/graphql/realtime"));
        request.setSubProtocols("graphql-ws");
        request.setHeader("x-api-key", FakeGateway.GOOD_KEY);
        client.session = server.client.connect(client, request).get(RealtimeClient.WAIT_SECONDS,
                java.util.concurrent.TimeUnit.SECONDS);
        try (client) {
            client.init();

            assertEquals(FakeGateway.GOOD_KEY, lastConnect().authorization().header("x-api-key"));
        }
    }

    private static FakeGateway.Connect lastConnect() {
        List<FakeGateway.Connect> connects = server.gateway.connects;
        return connects.get(connects.size() - 1);
    }
}
