package com.apartmentbooking.local.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.server.RawHttp;
import com.apartmentbooking.local.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClockEndpointTest {

    private static final Instant WALL = Instant.parse("2026-01-01T00:00:00Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private Store store;
    private RuntimeClock clock;
    private FrontDoor frontDoor;

    @BeforeEach
    void start() {
        store = Store.inMemory();
        clock = new RuntimeClock(java.time.Clock.fixed(WALL, ZoneOffset.UTC), new StoredClockOffset(store));
        frontDoor = FrontDoor.builder().port(0).route(ClockEndpoint.PATH, new ClockEndpoint(clock)).build().start();
    }

    @AfterEach
    void stop() {
        frontDoor.close();
        clock.close();
        store.close();
    }

    @Test
    void answersThatNeedNoBodyStillReadItSoTheConnectionCarriesOn() throws Exception {
        String body = "{\"seconds\": 1, \"padding\": \"" + "x".repeat(4_000) + "\"}";
        for (String requestLine : List.of("POST /_local/clock/nothing-here HTTP/1.1", "PUT /_local/clock HTTP/1.1",
                "POST /_local/clock/advance?seconds=1 HTTP/1.1")) {
            List<RawHttp.Answer> answers = RawHttp.sendWithLateBodyThenAnother(frontDoor.port(), requestLine,
                    List.of("Host: localhost", "Content-Type: application/json"), body, 300, "/_local/clock");

            assertEquals(200, answers.get(1).status(), requestLine + " then GET: " + answers);
            assertTrue(answers.get(1).body().contains("\"now\""), answers.get(1).body());
        }
        assertEquals(WALL.plusSeconds(1), clock.now(), "the advance by query happened once");
    }

    @Test
    void getTellsTheRuntimesTime() throws Exception {
        HttpResponse<String> response = send("GET", "/_local/clock", null);

        assertEquals(200, response.statusCode());
        JsonNode body = MAPPER.readTree(response.body());
        assertEquals("2026-01-01T00:00:00Z", body.get("now").asText());
        assertEquals(0.0, body.get("offsetSeconds").asDouble());
    }

    @Test
    void advanceMovesTheClockAndFiresDueTimersBeforeAnswering() throws Exception {
        List<Instant> fired = new CopyOnWriteArrayList<>();
        clock.schedule(WALL.plusSeconds(900), () -> fired.add(clock.now()));

        HttpResponse<String> response = send("POST", "/_local/clock/advance", "{\"seconds\": 901}");

        assertEquals(200, response.statusCode());
        assertEquals("2026-01-01T00:15:01Z", MAPPER.readTree(response.body()).get("now").asText());
        assertEquals(List.of(WALL.plusSeconds(900)), fired);
        assertEquals("2026-01-01T00:15:01Z", MAPPER.readTree(send("GET", "/_local/clock", null).body()).get("now").asText());
    }

    @Test
    void secondsMayComeInTheQuery() throws Exception {
        HttpResponse<String> response = send("POST", "/_local/clock/advance?seconds=60", null);

        assertEquals(200, response.statusCode());
        assertEquals("2026-01-01T00:01:00Z", MAPPER.readTree(response.body()).get("now").asText());
    }

    @Test
    void badRequestsAreRefusedAndLeaveTheClockAlone() throws Exception {
        for (String body : new String[] {"{\"seconds\": -5}", "{\"seconds\": \"ten\"}", "not json", "",
                "{\"seconds\": 5} {\"seconds\": 6}"}) {
            HttpResponse<String> response = send("POST", "/_local/clock/advance", body);
            assertEquals(400, response.statusCode(), body);
            assertTrue(MAPPER.readTree(response.body()).get("message").asText().contains("seconds"), body);
        }
        assertEquals(405, send("DELETE", "/_local/clock", null).statusCode());
        assertEquals(WALL, clock.now());
    }

    @Test
    void anAdvanceTooFarForTheClockIsRefusedAndLeavesTheClockUsable() throws Exception {
        HttpResponse<String> response = send("POST", "/_local/clock/advance", "{\"seconds\": 1e300}");

        assertEquals(400, response.statusCode());
        assertTrue(MAPPER.readTree(response.body()).get("message").asText().contains("9999-12-31T23:59:59Z"));
        HttpResponse<String> time = send("GET", "/_local/clock", null);
        assertEquals(200, time.statusCode());
        assertEquals("2026-01-01T00:00:00Z", MAPPER.readTree(time.body()).get("now").asText());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(frontDoor.endpoint() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
