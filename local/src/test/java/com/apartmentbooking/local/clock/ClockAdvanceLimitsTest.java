package com.apartmentbooking.local.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.dynamodb.LocalDynamoDb;
import com.apartmentbooking.local.server.FrontDoor;
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
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** What an operator sees when an advance would take the clock out of range, and that the runtime stays usable. */
class ClockAdvanceLimitsTest {

    private static final Instant WALL = Instant.parse("2026-01-01T00:00:00Z");
    /** Seconds from {@link #WALL} to 9999-12-31T23:59:59Z, the latest time the clock may show. */
    private static final long ROOM = RuntimeClock.LATEST.getEpochSecond() - WALL.getEpochSecond();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private Store store;
    private RuntimeClock clock;
    private LocalDynamoDb dynamoDb;
    private FrontDoor frontDoor;
    private DynamoDbClient client;

    @BeforeEach
    void start() {
        store = Store.inMemory();
        clock = new RuntimeClock(java.time.Clock.fixed(WALL, ZoneOffset.UTC), new StoredClockOffset(store));
        dynamoDb = LocalDynamoDb.start(store, clock, clock, "us-east-1");
        frontDoor = dynamoDb.registerOn(FrontDoor.builder().port(0).route(ClockEndpoint.PATH, new ClockEndpoint(clock))
                .healthCheck("clock", clock::problem)).build().start();
        client = DynamoDbClient.builder().endpointOverride(frontDoor.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        client.createTable(table -> table.tableName("bookings").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
    }

    @AfterEach
    void stop() {
        client.close();
        frontDoor.close();
        dynamoDb.close();
        clock.close();
        store.close();
    }

    @Test
    void anAdvanceBeyondTheLatestTimeIsRefusedBeforeAnyTimerFiresAndTheRuntimeStaysUsable() throws Exception {
        List<Instant> fired = new CopyOnWriteArrayList<>();
        clock.schedule(WALL.plusSeconds(900), () -> fired.add(clock.now()));

        HttpResponse<String> response = advance("{\"seconds\": 1e300}");

        assertEquals(400, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("seconds must be a number from 0 to " + ROOM + " (the clock may not pass 9999-12-31T23:59:59Z;"
                + " it is 2026-01-01T00:00:00Z)", message(response));
        assertEquals(List.of(), fired);
        assertClockUnchanged();
        assertWritesWork();
        assertEquals(200, send("GET", "/_local/health", null).statusCode());
    }

    @Test
    void justPastTheLatestTimeIsRefusedAndExactlyToItIsAllowed() throws Exception {
        assertEquals(400, advance("{\"seconds\": " + (ROOM + 1) + "}").statusCode());
        assertEquals(400, advance("{\"seconds\": " + ROOM + ".001}").statusCode());
        assertClockUnchanged();

        HttpResponse<String> response = advance("{\"seconds\": " + ROOM + "}");

        assertEquals(200, response.statusCode());
        JsonNode body = MAPPER.readTree(response.body());
        assertEquals("9999-12-31T23:59:59Z", body.get("now").asText());
        assertEquals(RuntimeClock.LATEST.toEpochMilli(), body.get("epochMillis").asLong());
        assertEquals("9999-12-31T23:59:59Z", MAPPER.readTree(send("GET", "/_local/clock", null).body()).get("now").asText());
        assertEquals(RuntimeClock.LATEST, WALL.plus(new StoredClockOffset(store).load()));
        assertWritesWork();
        assertEquals(200, send("GET", "/_local/health", null).statusCode());
        assertEquals("seconds must be a number from 0 to 0 (the clock may not pass 9999-12-31T23:59:59Z;"
                + " it is 9999-12-31T23:59:59Z)", message(advance("{\"seconds\": 1}")));
    }

    @Test
    void aLargeAdvanceWithinRangeFiresTheTimersOnTheWay() throws Exception {
        List<Instant> fired = new CopyOnWriteArrayList<>();
        clock.schedule(Instant.parse("5000-01-01T00:00:00Z"), () -> fired.add(clock.now()));

        HttpResponse<String> response = advance("{\"seconds\": 1e11}");

        assertEquals(200, response.statusCode());
        assertEquals(WALL.plusSeconds(100_000_000_000L).toString(), MAPPER.readTree(response.body()).get("now").asText());
        assertEquals(List.of(Instant.parse("5000-01-01T00:00:00Z")), fired);
        assertWritesWork();
    }

    @Test
    void eachMalformedAdvanceIsRefusedWithWhatIsWrong() throws Exception {
        Map<String, String> refusals = Map.ofEntries(
                Map.entry("{\"seconds\": -5}", "seconds must be a number from 0 to " + ROOM
                        + " (the clock may not pass 9999-12-31T23:59:59Z; it is 2026-01-01T00:00:00Z)"),
                Map.entry("{\"seconds\": \"ten\"}", "Give the seconds to advance by: {\"seconds\": <number>} or ?seconds=<number>"),
                Map.entry("{\"seconds\": \"60\"}", "Give the seconds to advance by: {\"seconds\": <number>} or ?seconds=<number>"),
                Map.entry("{\"seconds\": null}", "Give the seconds to advance by: {\"seconds\": <number>} or ?seconds=<number>"),
                Map.entry("{\"seconds\": true}", "Give the seconds to advance by: {\"seconds\": <number>} or ?seconds=<number>"),
                Map.entry("{}", "Give the seconds to advance by: {\"seconds\": <number>} or ?seconds=<number>"),
                Map.entry("[60]", "Give the seconds to advance by: {\"seconds\": <number>} or ?seconds=<number>"),
                Map.entry("", "Give the seconds to advance by: {\"seconds\": <number>} or ?seconds=<number>"),
                Map.entry("{\"seconds\": NaN}", "The body is not JSON: expected {\"seconds\": <number>}"),
                Map.entry("seconds=60", "The body is not JSON: expected {\"seconds\": <number>}"),
                Map.entry("{\"seconds\": 1e400}", "seconds must be a number from 0 to " + ROOM
                        + " (the clock may not pass 9999-12-31T23:59:59Z; it is 2026-01-01T00:00:00Z)"),
                Map.entry("{\"seconds\": 0.0005}", "seconds may have at most 3 decimal places: the clock counts milliseconds"));
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            HttpResponse<String> response = advance(refusal.getKey());
            assertEquals(400, response.statusCode(), refusal.getKey());
            assertEquals(refusal.getValue(), message(response), refusal.getKey());
        }
        for (String query : List.of("NaN", "Infinity", "-1", "1e300", "ten", "0x10", "0.0001")) {
            HttpResponse<String> response = send("POST", "/_local/clock/advance?seconds=" + query, null);
            assertEquals(400, response.statusCode(), query);
            assertTrue(message(response).startsWith("seconds "), query);
        }
        assertClockUnchanged();
        assertWritesWork();
    }

    @Test
    void fractionsOfASecondDownToTheMillisecondAreHonoured() throws Exception {
        HttpResponse<String> response = advance("{\"seconds\": 1.25}");

        assertEquals(200, response.statusCode());
        JsonNode body = MAPPER.readTree(response.body());
        assertEquals("2026-01-01T00:00:01.250Z", body.get("now").asText());
        assertEquals(1.25, body.get("offsetSeconds").asDouble());
        assertEquals(200, send("POST", "/_local/clock/advance?seconds=0.001", null).statusCode());
        assertEquals(WALL.plusMillis(1251), clock.now());
    }

    private void assertClockUnchanged() throws Exception {
        HttpResponse<String> response = send("GET", "/_local/clock", null);
        assertEquals(200, response.statusCode());
        JsonNode body = MAPPER.readTree(response.body());
        assertEquals("2026-01-01T00:00:00Z", body.get("now").asText());
        assertEquals(0.0, body.get("offsetSeconds").asDouble());
        assertEquals(WALL, WALL.plus(new StoredClockOffset(store).load()));
    }

    private void assertWritesWork() {
        client.putItem(put -> put.tableName("bookings").item(Map.of("id", AttributeValue.fromS("b-" + System.nanoTime()))));
    }

    private HttpResponse<String> advance(String body) throws Exception {
        return send("POST", "/_local/clock/advance", body);
    }

    private static String message(HttpResponse<String> response) throws Exception {
        return MAPPER.readTree(response.body()).get("message").asText();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(frontDoor.endpoint() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
