package com.apartmentbooking.reservation;

import static com.apartmentbooking.reservation.ApiUnderTest.arguments;
import static com.apartmentbooking.reservation.ApiUnderTest.data;
import static com.apartmentbooking.reservation.ApiUnderTest.dataObject;
import static com.apartmentbooking.reservation.ApiUnderTest.error;
import static com.apartmentbooking.reservation.ApiUnderTest.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.apartmentbooking.model.ApartmentStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApartmentQueriesTest {
    private static final String TOKEN_RULE = "nextToken: is not a token returned by this query";

    private final ApiUnderTest api = new ApiUnderTest();

    @ParameterizedTest
    @Event(value = "events/apartment.json", type = Map.class)
    void returnsAnApartment(Map<String, Object> event) {
        api.apartments.put("apt-1", ApartmentStatus.VACANT);

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", "apt-1");
        expected.put("name", "Apartment apt-1");
        expected.put("status", "VACANT");
        expected.put("bookingId", null);
        expected.put("reservedUntil", null);
        expected.put("updatedAt", "2025-01-01T00:00:00Z");
        assertEquals(expected, dataObject(api.handle(event)));
    }

    @ParameterizedTest
    @Event(value = "events/apartment.json", type = Map.class)
    void anAbsentApartmentIsNull(Map<String, Object> event) {
        assertNull(data(api.handle(event)));
    }

    @Test
    void anApartmentIdMustBeAnId() {
        Map<String, Object> event = event("apartment.json");
        arguments(event).put("id", "apt/1");

        assertEquals("id: must be 1 to 64 characters of letters, digits, '_' or '-'",
                error(api.handle(event), "ValidationError"));
    }

    @Test
    void listsTwentyApartmentsByDefaultThenTheRest() {
        seed(25, ApartmentStatus.VACANT);

        Map<String, Object> first = dataObject(api.handle(event("apartments.json")));
        Map<String, Object> second = dataObject(api.handle(withArguments("apartments.json",
                Map.of("nextToken", first.get("nextToken")))));

        assertEquals(20, items(first).size());
        assertNotNull(first.get("nextToken"));
        assertEquals(5, items(second).size());
        assertNull(second.get("nextToken"));
        List<Object> ids = new ArrayList<>(ids(first));
        ids.addAll(ids(second));
        assertEquals(IntStream.rangeClosed(1, 25).mapToObj(ApartmentQueriesTest::apartmentId).toList(), ids);
    }

    @Test
    void pagesThroughEveryApartmentWithALimit() {
        seed(5, ApartmentStatus.VACANT);

        List<Object> seen = new ArrayList<>();
        Object token = null;
        int pages = 0;
        do {
            Map<String, Object> arguments = new LinkedHashMap<>();
            arguments.put("limit", 2);
            arguments.put("nextToken", token);
            Map<String, Object> page = dataObject(api.handle(withArguments("apartments.json", arguments)));
            seen.addAll(ids(page));
            token = page.get("nextToken");
            pages++;
        } while (token != null);

        assertEquals(3, pages);
        assertEquals(List.of("apt-01", "apt-02", "apt-03", "apt-04", "apt-05"), seen);
    }

    @ParameterizedTest
    @Event(value = "events/apartments-by-status-iam.json", type = Map.class)
    void filtersByStatusAcrossPages(Map<String, Object> event) {
        seed(6, ApartmentStatus.VACANT);
        api.apartments.put("apt-02", ApartmentStatus.RESERVED);
        api.apartments.put("apt-03", ApartmentStatus.PAID);

        Map<String, Object> first = dataObject(api.handle(event));
        Map<String, Object> second = dataObject(api.handle(withArguments("apartments.json",
                Map.of("status", "VACANT", "limit", 2, "nextToken", first.get("nextToken")))));

        assertEquals(List.of("apt-01", "apt-04"), ids(first));
        assertEquals(List.of("apt-05", "apt-06"), ids(second));
        assertNull(second.get("nextToken"));
        items(first).forEach(item -> assertEquals("VACANT", item.get("status")));
    }

    @Test
    void aMalformedTokenIsAValidationError() {
        String notJson = Base64.getUrlEncoder().encodeToString("id=apt-01".getBytes(StandardCharsets.UTF_8));
        String notStrings = Base64.getUrlEncoder().encodeToString("{\"id\":1}".getBytes(StandardCharsets.UTF_8));
        String notAnObject = Base64.getUrlEncoder().encodeToString("[\"apt-01\"]".getBytes(StandardCharsets.UTF_8));

        for (String token : List.of("not a token!", notJson, notStrings, notAnObject, "")) {
            assertEquals(TOKEN_RULE, error(api.handle(withArguments("apartments.json", Map.of("nextToken", token))),
                    "ValidationError"), token);
        }
    }

    @Test
    void aTokenOnlyContinuesTheListingThatIssuedIt() {
        seed(3, ApartmentStatus.VACANT);
        Object scanToken = dataObject(api.handle(withArguments("apartments.json", Map.of("limit", 1))))
                .get("nextToken");
        Object vacantToken = dataObject(api.handle(withArguments("apartments.json",
                Map.of("status", "VACANT", "limit", 1)))).get("nextToken");

        assertEquals(TOKEN_RULE, error(api.handle(withArguments("apartments.json",
                Map.of("status", "VACANT", "nextToken", scanToken))), "ValidationError"));
        assertEquals(TOKEN_RULE, error(api.handle(withArguments("apartments.json",
                Map.of("nextToken", vacantToken))), "ValidationError"));
        assertEquals(TOKEN_RULE, error(api.handle(withArguments("apartments.json",
                Map.of("status", "PAID", "nextToken", vacantToken))), "ValidationError"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101, -1})
    void theLimitIsBetweenOneAndOneHundred(int limit) {
        assertEquals("limit: must be an integer between 1 and 100",
                error(api.handle(withArguments("apartments.json", Map.of("limit", limit))), "ValidationError"));
    }

    @Test
    void reportsEveryInvalidListingArgumentAtOnce() {
        assertEquals("status: must be one of [VACANT, RESERVED, PAID]; limit: must be an integer between 1 and 100",
                error(api.handle(withArguments("apartments.json",
                        Map.of("status", "FREE", "limit", "ten", "nextToken", "x"))), "ValidationError"));
        assertEquals("limit: must be an integer between 1 and 100; " + TOKEN_RULE,
                error(api.handle(withArguments("apartments.json",
                        Map.of("limit", 1000, "nextToken", "x"))), "ValidationError"));
    }

    @Test
    void anEmptyTableIsAnEmptyPage() {
        Map<String, Object> page = dataObject(api.handle(event("apartments.json")));

        assertEquals(List.of(), page.get("items"));
        assertNull(page.get("nextToken"));
    }

    private void seed(int count, ApartmentStatus status) {
        IntStream.rangeClosed(1, count).forEach(i -> api.apartments.put(apartmentId(i), status));
    }

    private static String apartmentId(int i) {
        return String.format("apt-%02d", i);
    }

    private static Map<String, Object> withArguments(String fixture, Map<String, Object> arguments) {
        Map<String, Object> event = event(fixture);
        arguments(event).clear();
        arguments(event).putAll(arguments);
        return event;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static List<Object> ids(Map<String, Object> page) {
        return items(page).stream().map(item -> item.get("id")).toList();
    }
}
