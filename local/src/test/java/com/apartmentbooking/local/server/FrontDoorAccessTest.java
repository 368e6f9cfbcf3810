package com.apartmentbooking.local.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Web pages cannot drive the runtime: a foreign {@code Host} (DNS rebinding) is refused before any route answers,
 * a disallowed {@code Origin} gets no CORS headers and may not change anything, and the operator endpoints take JSON
 * only. Requests that no browser page sends (no {@code Origin}, no {@code Host}) are served as before.
 */
class FrontDoorAccessTest {

    private static final String SECRET = "the-route's-answer";

    /** How many requests reached a route. */
    private final AtomicInteger served = new AtomicInteger();
    private final List<FrontDoor> doors = new ArrayList<>();

    @AfterEach
    void stop() {
        doors.forEach(FrontDoor::close);
    }

    @Test
    void aForeignHostIsRefusedInAwsErrorShapeWithoutTheAnswer() throws Exception {
        FrontDoor door = start(FrontDoor.builder());

        RawHttp.Answer answer = RawHttp.send(door.port(), "GET /things HTTP/1.1", List.of("Host: rebound.example:" + door.port()), null);

        assertEquals(403, answer.status());
        assertEquals("application/json", answer.header("Content-Type").orElseThrow());
        assertEquals("AccessDeniedException", answer.header("x-amzn-ErrorType").orElseThrow());
        JsonNode body = Json.WIRE.readTree(answer.body());
        assertEquals("AccessDeniedException", body.get("__type").asText());
        assertEquals("The local runtime does not answer requests for host 'rebound.example:" + door.port() + "': it "
                + "answers localhost, *.localhost, 127.0.0.0/8, [::1], *.amazonaws.com and its --bind address. To reach "
                + "it by this name, start it with --allowed-hosts rebound.example.", body.get("message").asText());
        assertFalse(answer.body().contains(SECRET));
        assertEquals(0, served.get());
    }

    @Test
    void loopbackNamesAwsHostFormsAndNoHostAtAllAreAnswered() throws Exception {
        FrontDoor door = start(FrontDoor.builder());
        int port = door.port();

        for (String host : List.of("localhost:" + port, "LocalHost", "app.localhost:3000", "127.0.0.1:" + port,
                "127.8.9.10", "[::1]:" + port, "abc123.appsync-api.eu-west-1.amazonaws.com",
                "abc123.appsync-realtime-api.eu-west-1.amazonaws.com:443")) {
            assertEquals(200, RawHttp.send(port, "GET /things HTTP/1.1", List.of("Host: " + host), null).status(), host);
        }
        assertEquals(200, RawHttp.send(port, "GET /things HTTP/1.0", List.of(), null).status());
        for (String host : List.of("localhost.rebound.example", "127.0.0.1.nip.io", "128.0.0.1", "[::2]", "amazonaws.com.evil")) {
            assertEquals(403, RawHttp.send(port, "GET /things HTTP/1.1", List.of("Host: " + host), null).status(), host);
        }
    }

    @Test
    void configuredHostsAndTheBindAddressAreAnswered() throws Exception {
        FrontDoor door = start(FrontDoor.builder().allowedHosts(AllowedHosts.parse("dev.example.test, *.lan")));
        int port = door.port();

        assertEquals(200, RawHttp.send(port, "GET /things HTTP/1.1", List.of("Host: dev.example.test:" + port), null).status());
        assertEquals(200, RawHttp.send(port, "GET /things HTTP/1.1", List.of("Host: box.lan"), null).status());
        assertEquals(403, RawHttp.send(port, "GET /things HTTP/1.1", List.of("Host: other.example.test"), null).status());
        assertEquals(403, RawHttp.send(port, "GET /things HTTP/1.1", List.of("Host: lan"), null).status());

        FrontDoor open = start(FrontDoor.builder().allowedHosts(AllowedHosts.parse("*")));
        assertEquals(200, RawHttp.send(open.port(), "GET /things HTTP/1.1", List.of("Host: anything.example"), null).status());
    }

    @Test
    void aWildcardBindAddressAddsItsOwnLiteralOnly() throws Exception {
        FrontDoor door = start(FrontDoor.builder().bindAddress("0.0.0.0"));
        int port = door.port();

        assertEquals(200, RawHttp.send(port, "GET /things HTTP/1.1", List.of("Host: 0.0.0.0:" + port), null).status());
        assertEquals(403, RawHttp.send(port, "GET /things HTTP/1.1", List.of("Host: devbox.lan:" + port), null).status());
    }

    @Test
    void aStateChangingRequestFromADisallowedOriginIsRefusedBeforeItsRoute() throws Exception {
        FrontDoor door = start(FrontDoor.builder());

        RawHttp.Answer answer = post(door, "/things", "Origin: https://attacker.example");

        assertEquals(403, answer.status());
        assertEquals("Pages of origin 'https://attacker.example' may not send POST requests to the local runtime: it "
                + "allows http and https origins on localhost, *.localhost, 127.0.0.0/8 and [::1]. To allow this one, "
                + "start it with --allowed-origins https://attacker.example.",
                Json.WIRE.readTree(answer.body()).get("message").asText());
        assertFalse(answer.hasCorsHeaders());
        assertEquals(0, served.get());
        RawHttp.Answer opaque = post(door, "/things", "Origin: null");
        assertEquals(403, opaque.status());
        assertTrue(Json.WIRE.readTree(opaque.body()).get("message").asText()
                .endsWith("[::1]. Only --allowed-origins * allows it."), opaque.body());
        assertEquals(0, served.get());
    }

    @Test
    void aRefusedRequestWhoseBodyArrivesLateLeavesItsConnectionUsable() throws Exception {
        FrontDoor door = start(FrontDoor.builder());

        List<RawHttp.Answer> answers = RawHttp.sendWithLateBodyThenAnother(door.port(), "POST /things HTTP/1.1",
                List.of("Host: localhost:" + door.port(), "Origin: https://attacker.example"),
                "{\"a\": \"" + "x".repeat(4_000) + "\"}", 300, "/things");

        assertEquals(403, answers.get(0).status());
        assertEquals(200, answers.get(1).status());
        assertTrue(answers.get(1).body().contains(SECRET), answers.get(1).body());
    }

    @Test
    void loopbackOriginsConfiguredOriginsAndRequestsWithoutOriginAreServed() throws Exception {
        FrontDoor door = start(FrontDoor.builder().allowedOrigins(AllowedOrigins.parse("https://app.example.test")));

        assertEquals(200, post(door, "/things", "Origin: http://localhost:3000").status());
        assertEquals(200, post(door, "/things", "Origin: https://127.0.0.1").status());
        assertEquals(200, post(door, "/things", "Origin: http://[::1]:8080").status());
        assertEquals(200, post(door, "/things", "Origin: https://app.example.test").status());
        assertEquals(200, post(door, "/things").status());
        assertEquals(403, post(door, "/things", "Origin: https://app.example.test:8443").status());
        assertEquals(403, post(door, "/things", "Origin: file://localhost").status());
        assertEquals(5, served.get());
    }

    @Test
    void aPageOfTheRuntimesOwnOriginOnAnAllowedHostIsServed() throws Exception {
        FrontDoor door = start(FrontDoor.builder().allowedHosts(AllowedHosts.parse("devbox.lan")));
        String host = "Host: devbox.lan:" + door.port();

        RawHttp.Answer own = RawHttp.send(door.port(), "POST /things HTTP/1.1",
                List.of(host, "Origin: http://devbox.lan:" + door.port()), "{}");
        RawHttp.Answer otherPort = RawHttp.send(door.port(), "POST /things HTTP/1.1",
                List.of(host, "Origin: http://devbox.lan:9999"), "{}");
        RawHttp.Answer otherScheme = RawHttp.send(door.port(), "POST /things HTTP/1.1",
                List.of(host, "Origin: https://devbox.lan:" + door.port()), "{}");

        assertEquals(200, own.status());
        assertEquals(403, otherPort.status());
        assertEquals(403, otherScheme.status());
        assertEquals(1, served.get());
    }

    @Test
    void corsHeadersGoToAllowedOriginsOnly() throws Exception {
        FrontDoor door = start(FrontDoor.builder().cors("/things", new CorsRules("GET,POST,OPTIONS", "Content-Type", 600)));

        RawHttp.Answer allowed = get(door, "/things", "Origin: http://localhost:5173");
        RawHttp.Answer disallowed = get(door, "/things", "Origin: https://attacker.example");
        RawHttp.Answer noOrigin = get(door, "/things");

        assertEquals("http://localhost:5173", allowed.header("Access-Control-Allow-Origin").orElseThrow());
        assertEquals("Origin", allowed.header("Vary").orElseThrow());
        assertEquals(200, disallowed.status());
        assertFalse(disallowed.hasCorsHeaders(), disallowed.headerLines().toString());
        assertFalse(noOrigin.hasCorsHeaders());
    }

    @Test
    void aRoutesOwnCorsHeadersReachAllowedOriginsOnly() throws Exception {
        FrontDoor door = start(FrontDoor.builder());

        RawHttp.Answer allowed = get(door, "/own-cors", "Origin: http://localhost:5173");
        RawHttp.Answer disallowed = get(door, "/own-cors", "Origin: https://attacker.example");

        assertEquals("*", allowed.header("Access-Control-Allow-Origin").orElseThrow());
        assertEquals(200, disallowed.status());
        assertTrue(disallowed.body().contains(SECRET));
        assertFalse(disallowed.hasCorsHeaders(), disallowed.headerLines().toString());
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredAndFromADisallowedOneRefused() throws Exception {
        FrontDoor door = start(FrontDoor.builder().cors("/things", new CorsRules("GET,POST,OPTIONS", "Content-Type", 600)));

        RawHttp.Answer allowed = preflight(door, "http://localhost:3000");
        RawHttp.Answer disallowed = preflight(door, "https://attacker.example");

        assertEquals(200, allowed.status());
        assertEquals("http://localhost:3000", allowed.header("Access-Control-Allow-Origin").orElseThrow());
        assertEquals("GET,POST,OPTIONS", allowed.header("Access-Control-Allow-Methods").orElseThrow());
        assertEquals("content-type,x-api-key", allowed.header("Access-Control-Allow-Headers").orElseThrow());
        assertEquals("600", allowed.header("Access-Control-Max-Age").orElseThrow());
        assertEquals(403, disallowed.status());
        assertFalse(disallowed.hasCorsHeaders());
        assertEquals(0, served.get());
    }

    @Test
    void allowingEveryOriginAnswersCorsWithAStar() throws Exception {
        FrontDoor door = start(FrontDoor.builder().allowedOrigins(AllowedOrigins.parse("*"))
                .cors("/things", new CorsRules("POST", "Content-Type", 600)));

        RawHttp.Answer answer = post(door, "/things", "Origin: https://anywhere.example");

        assertEquals(200, answer.status());
        assertEquals("*", answer.header("Access-Control-Allow-Origin").orElseThrow());
    }

    @Test
    void aWebSocketUpgradeFromADisallowedOriginIsRefused() throws Exception {
        FrontDoor door = start(FrontDoor.builder());

        RawHttp.Answer answer = RawHttp.send(door.port(), "GET /things HTTP/1.1", List.of("Host: localhost",
                "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Version: 13",
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "Origin: https://attacker.example"), null);

        assertEquals(403, answer.status());
        assertTrue(Json.WIRE.readTree(answer.body()).get("message").asText()
                .startsWith("Pages of origin 'https://attacker.example' may not open WebSocket connections"));
        assertEquals(0, served.get());
    }

    @Test
    void operatorEndpointsTakeStateChangingRequestsAsJsonOnly() throws Exception {
        FrontDoor door = start(FrontDoor.builder());

        RawHttp.Answer plain = post(door, "/_local/things", "Content-Type: text/plain");
        RawHttp.Answer form = post(door, "/_local/things", "Content-Type: application/x-www-form-urlencoded");
        RawHttp.Answer none = post(door, "/_local/things");

        assertEquals(415, plain.status());
        assertEquals("UnsupportedMediaTypeException", Json.WIRE.readTree(plain.body()).get("__type").asText());
        assertEquals("The local runtime's operator endpoints (/_local/*) take Content-Type: application/json; this "
                + "POST request sent 'text/plain'.", Json.WIRE.readTree(plain.body()).get("message").asText());
        assertEquals(415, form.status());
        assertEquals(415, none.status());
        assertEquals(0, served.get());
        assertEquals(200, post(door, "/_local/things", "Content-Type: application/json").status());
        assertEquals(200, post(door, "/_local/things", "Content-Type: Application/JSON; charset=utf-8").status());
        assertEquals(200, RawHttp.send(door.port(), "GET /_local/things HTTP/1.1", List.of("Host: localhost"), null).status());
        assertEquals(200, post(door, "/things", "Content-Type: text/plain").status());
        assertEquals(4, served.get());
    }

    private FrontDoor start(FrontDoor.Builder builder) {
        FrontDoor door = builder.port(0).route("/things", new Served(false)).route("/_local/things", new Served(false))
                .route("/own-cors", new Served(true)).build().start();
        doors.add(door);
        return door;
    }

    private static RawHttp.Answer post(FrontDoor door, String path, String... headers) throws Exception {
        List<String> lines = new ArrayList<>(List.of("Host: localhost:" + door.port()));
        lines.addAll(List.of(headers));
        return RawHttp.send(door.port(), "POST " + path + " HTTP/1.1", lines, "{}");
    }

    private static RawHttp.Answer get(FrontDoor door, String path, String... headers) throws Exception {
        List<String> lines = new ArrayList<>(List.of("Host: localhost:" + door.port()));
        lines.addAll(List.of(headers));
        return RawHttp.send(door.port(), "GET " + path + " HTTP/1.1", lines, null);
    }

    private static RawHttp.Answer preflight(FrontDoor door, String origin) throws Exception {
        return RawHttp.send(door.port(), "OPTIONS /things HTTP/1.1", List.of("Host: localhost:" + door.port(),
                "Origin: " + origin, "Access-Control-Request-Method: POST",
                "Access-Control-Request-Headers: content-type,x-api-key"), null);
    }

    /** A route that counts what reached it; one may allow every origin itself, as a function behind its URL may. */
    private final class Served extends Handler.Abstract {

        private final boolean ownCors;

        Served(boolean ownCors) {
            this.ownCors = ownCors;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            Content.Source.consumeAll(request);
            served.incrementAndGet();
            if (ownCors) {
                response.getHeaders().put("Access-Control-Allow-Origin", "*");
            }
            response.getHeaders().put("Content-Type", "application/json");
            response.write(true, ByteBuffer.wrap(("{\"secret\":\"" + SECRET + "\"}").getBytes(StandardCharsets.UTF_8)),
                    callback);
            return true;
        }
    }
}
