package com.apartmentbooking.local.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.server.AllowedHosts;
import com.apartmentbooking.local.server.RawHttp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web page cannot drive a started runtime: it cannot read answers by DNS rebinding, advance the clock with a
 * "simple" cross-origin POST, or open AppSync's real-time WebSocket from its own origin; the user's own front end on
 * localhost still can, and so can every client that sends no {@code Origin}.
 */
class RuntimeEndpointAccessTest {

    private static final String ATTACKER = "Origin: https://attacker.example";

    private final HttpClient http = HttpClient.newHttpClient();
    @TempDir
    Path directory;
    private RuntimeOptions options;
    private LocalRuntime runtime;

    @BeforeEach
    void writeTemplate() throws Exception {
        options = RuntimeOptions.defaults(Files.writeString(directory.resolve("template.yaml"),
                PingApiTemplate.TEMPLATE)).withPort(0);
    }

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void aReboundHostReadsNothingAndAConfiguredOneIsServed() throws Exception {
        runtime = LocalRuntime.start(options.withAllowedHosts(AllowedHosts.parse("booking.dev.test")));
        String keys = "/v1/apis/" + apiId() + "/apikeys";

        RawHttp.Answer rebound = RawHttp.send(port(), "GET " + keys + " HTTP/1.1",
                List.of("Host: rebind.attacker.example:" + port()), null);
        RawHttp.Answer configured = RawHttp.send(port(), "GET " + keys + " HTTP/1.1",
                List.of("Host: booking.dev.test:" + port()), null);

        assertEquals(403, rebound.status());
        assertEquals("AccessDeniedException", Json.WIRE.readTree(rebound.body()).get("__type").asText());
        assertFalse(rebound.body().contains(apiKey()), rebound.body());
        assertEquals(200, configured.status());
        assertTrue(configured.body().contains(apiKey()), configured.body());
    }

    @Test
    void aCrossOriginPageCannotAdvanceTheClock() throws Exception {
        runtime = LocalRuntime.start(options);
        Duration before = runtime.clock().offset();

        RawHttp.Answer simple = advance("Content-Type: text/plain", ATTACKER);
        RawHttp.Answer asJson = advance("Content-Type: application/json", ATTACKER);

        assertEquals(403, simple.status());
        assertEquals(403, asJson.status());
        assertFalse(simple.hasCorsHeaders());
        assertEquals(before, runtime.clock().offset());
        assertEquals(200, advance("Content-Type: application/json", "Origin: http://localhost:3000").status());
        assertEquals(before.plusSeconds(60), runtime.clock().offset());
    }

    @Test
    void theClockAdvanceTakesJsonOnly() throws Exception {
        runtime = LocalRuntime.start(options);
        Duration before = runtime.clock().offset();

        RawHttp.Answer plain = advance("Content-Type: text/plain");
        RawHttp.Answer untyped = advance();

        assertEquals(415, plain.status());
        assertEquals("UnsupportedMediaTypeException", Json.WIRE.readTree(plain.body()).get("__type").asText());
        assertEquals(415, untyped.status());
        assertEquals(before, runtime.clock().offset());
        HttpResponse<String> sdkStyle = http.send(HttpRequest.newBuilder(URI.create(runtime.endpoint()
                        + "/_local/clock/advance")).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"seconds\": 60}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sdkStyle.statusCode(), sdkStyle.body());
        assertEquals(before.plusSeconds(60), runtime.clock().offset());
    }

    @Test
    void graphQlAnswersCorsToTheLocalFrontEndOnly() throws Exception {
        runtime = LocalRuntime.start(options);
        String path = "/graphql/" + apiId();

        RawHttp.Answer preflight = RawHttp.send(port(), "OPTIONS " + path + " HTTP/1.1", List.of(host(),
                "Origin: http://localhost:3000", "Access-Control-Request-Method: POST",
                "Access-Control-Request-Headers: content-type,x-api-key"), null);
        RawHttp.Answer local = query(path, "Origin: http://localhost:3000");
        RawHttp.Answer foreignPreflight = RawHttp.send(port(), "OPTIONS " + path + " HTTP/1.1", List.of(host(),
                ATTACKER, "Access-Control-Request-Method: POST"), null);
        RawHttp.Answer foreign = query(path, ATTACKER);

        assertEquals(200, preflight.status());
        assertEquals("http://localhost:3000", preflight.header("Access-Control-Allow-Origin").orElseThrow());
        assertEquals("content-type,x-api-key", preflight.header("Access-Control-Allow-Headers").orElseThrow());
        assertEquals("GET,POST,OPTIONS", preflight.header("Access-Control-Allow-Methods").orElseThrow());
        assertEquals(200, local.status());
        assertEquals("http://localhost:3000", local.header("Access-Control-Allow-Origin").orElseThrow());
        assertEquals(403, foreignPreflight.status());
        assertFalse(foreignPreflight.hasCorsHeaders());
        assertEquals(403, foreign.status());
        assertFalse(foreign.hasCorsHeaders());
        assertEquals(200, query(path).status());
    }

    @Test
    void theRealtimeWebSocketOpensForTheLocalFrontEndAndNotForAForeignPage() throws Exception {
        runtime = LocalRuntime.start(options);
        String header = Base64.getEncoder().encodeToString(("{\"host\":\"localhost:" + port() + "\",\"x-api-key\":\""
                + apiKey() + "\"}").getBytes(StandardCharsets.UTF_8));
        String target = "/graphql/" + apiId() + "/realtime?header=" + URLEncoder.encode(header, StandardCharsets.UTF_8)
                + "&payload=e30%3D";

        RawHttp.Answer foreign = upgrade(target, ATTACKER);
        RawHttp.Answer local = upgrade(target, "Origin: http://localhost:5173");
        RawHttp.Answer noOrigin = upgrade(target, "User-Agent: a WebSocket client");

        assertEquals(403, foreign.status());
        assertTrue(Json.WIRE.readTree(foreign.body()).get("message").asText()
                .startsWith("Pages of origin 'https://attacker.example' may not open WebSocket connections"));
        assertEquals(101, local.status());
        assertEquals("graphql-ws", local.header("Sec-WebSocket-Protocol").orElseThrow());
        assertEquals(101, noOrigin.status());
    }

    private RawHttp.Answer advance(String... headers) throws Exception {
        List<String> lines = new java.util.ArrayList<>(List.of(host()));
        lines.addAll(List.of(headers));
        return RawHttp.send(port(), "POST /_local/clock/advance HTTP/1.1", lines, "{\"seconds\": 60}");
    }

    private RawHttp.Answer query(String path, String... headers) throws Exception {
        List<String> lines = new java.util.ArrayList<>(List.of(host(), "Content-Type: application/json",
                "x-api-key: " + apiKey()));
        lines.addAll(List.of(headers));
        return RawHttp.send(port(), "POST " + path + " HTTP/1.1", lines, "{\"query\": \"{ ping }\"}");
    }

    private RawHttp.Answer upgrade(String target, String header) throws Exception {
        return RawHttp.send(port(), "GET " + target + " HTTP/1.1", List.of(host(), "Upgrade: websocket",
                "Connection: Upgrade", "Sec-WebSocket-Version: 13", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
                "Sec-WebSocket-Protocol: graphql-ws", header), null);
    }

    private String apiId() {
        return runtime.template().graphqlApi("GraphQLApi").apiId();
    }

    private String apiKey() {
        return runtime.appSync().service().templateKeyValue("ApiKey");
    }

    private int port() {
        return runtime.endpoint().getPort();
    }

    private String host() {
        return "Host: localhost:" + port();
    }
}
