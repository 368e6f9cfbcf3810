package com.apartmentbooking.reservation;

import static com.apartmentbooking.reservation.ApiUnderTest.dataObject;
import static com.apartmentbooking.reservation.ApiUnderTest.error;
import static com.apartmentbooking.reservation.ApiUnderTest.event;
import static com.apartmentbooking.reservation.ApiUnderTest.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.apartmentbooking.model.ApartmentStatus;
import com.apartmentbooking.model.items.Booking;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestBookingTest {
    private static final String ID_RULE = "must be 1 to 64 characters of letters, digits, '_' or '-'";
    private static final String WINDOW_RULE = "must be between 10 and 86400 seconds";
    private static final String TOKEN_BOOKING_ID = BookingIds.forClientToken("customer-7", "token-1");

    private final ApiUnderTest api = new ApiUnderTest();

    @BeforeEach
    void anApartment() {
        api.apartments.put("apt-1", ApartmentStatus.VACANT);
        api.apartments.put("apt-2", ApartmentStatus.VACANT);
    }

    @ParameterizedTest
    @Event(value = "events/request-booking.json", type = Map.class)
    void requestsABookingByWritingItRequested(Map<String, Object> event) {
        Map<String, Object> booking = dataObject(api.handle(event));

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", TOKEN_BOOKING_ID);
        expected.put("apartmentId", "apt-1");
        expected.put("customerId", "customer-7");
        expected.put("status", "REQUESTED");
        expected.put("requestedAt", ApiUnderTest.NOW.toString());
        expected.put("paymentWindowSeconds", 600);
        expected.put("reservedUntil", null);
        expected.put("paidAt", null);
        expected.put("executionArn", null);
        expected.put("reason", null);
        assertEquals(expected, booking);

        Booking stored = api.bookings.find(TOKEN_BOOKING_ID).orElseThrow();
        assertEquals("REQUESTED", stored.getStatus());
        assertEquals("token-1", stored.getClientToken());
        assertEquals(ApiUnderTest.NOW.toString(), stored.getUpdatedAt());
        assertEquals(600, stored.getPaymentWindowSeconds());
    }

    @ParameterizedTest
    @Event(value = "events/request-booking-minimal.json", type = Map.class)
    void withoutTokenOrWindowTheBookingGetsARandomIdAndTheDefaultWindowAndUnknownKeysAreIgnored(
            Map<String, Object> event) {
        Map<String, Object> booking = dataObject(api.handle(event));

        assertEquals(900, booking.get("paymentWindowSeconds"));
        assertTrue(((String) booking.get("id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        assertEquals(1, api.bookings.all().size());
        assertEquals(900, api.bookings.all().get(0).getPaymentWindowSeconds());
    }

    @Test
    void withoutTokenEveryRequestIsANewBooking() {
        Object first = dataObject(api.handle(event("request-booking-minimal.json"))).get("id");
        Object second = dataObject(api.handle(event("request-booking-minimal.json"))).get("id");

        assertNotEquals(first, second);
        assertEquals(2, api.bookings.all().size());
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                Arguments.of("apartmentId", null, "input.apartmentId: is required"),
                Arguments.of("apartmentId", "apt 1", "input.apartmentId: " + ID_RULE),
                Arguments.of("apartmentId", "a".repeat(65), "input.apartmentId: " + ID_RULE),
                Arguments.of("apartmentId", "", "input.apartmentId: " + ID_RULE),
                Arguments.of("apartmentId", 17, "input.apartmentId: must be a string"),
                Arguments.of("customerId", null, "input.customerId: is required"),
                Arguments.of("customerId", "customer#7", "input.customerId: " + ID_RULE),
                Arguments.of("clientToken", "token 1", "input.clientToken: " + ID_RULE),
                Arguments.of("clientToken", "t".repeat(65), "input.clientToken: " + ID_RULE),
                Arguments.of("clientToken", 42, "input.clientToken: must be a string"),
                Arguments.of("paymentWindowSeconds", 9, "input.paymentWindowSeconds: " + WINDOW_RULE),
                Arguments.of("paymentWindowSeconds", 86_401, "input.paymentWindowSeconds: " + WINDOW_RULE),
                Arguments.of("paymentWindowSeconds", -900, "input.paymentWindowSeconds: " + WINDOW_RULE),
                Arguments.of("paymentWindowSeconds", "900", "input.paymentWindowSeconds: must be an integer"),
                Arguments.of("paymentWindowSeconds", 900.5, "input.paymentWindowSeconds: must be an integer"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidInputs")
    void rejectsEachInvalidFieldAndChangesNothing(String field, Object value, String message) {
        Map<String, Object> event = event("request-booking.json");
        input(event).put(field, value);

        assertEquals(message, error(api.handle(event), "ValidationError"));
        assertTrue(api.bookings.all().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 86_400})
    void acceptsTheWindowsAtTheLimits(int seconds) {
        Map<String, Object> event = event("request-booking.json");
        input(event).put("paymentWindowSeconds", seconds);

        assertEquals(seconds, dataObject(api.handle(event)).get("paymentWindowSeconds"));
    }

    @ParameterizedTest
    @Event(value = "events/request-booking-invalid.json", type = Map.class)
    void reportsEveryViolationAtOnce(Map<String, Object> event) {
        assertEquals("input.apartmentId: " + ID_RULE
                        + "; input.customerId: " + ID_RULE
                        + "; input.clientToken: " + ID_RULE
                        + "; input.paymentWindowSeconds: " + WINDOW_RULE,
                error(api.handle(event), "ValidationError"));
        assertTrue(api.bookings.all().isEmpty());
    }

    @Test
    void requiresTheInput() {
        Map<String, Object> event = event("request-booking.json");
        ApiUnderTest.arguments(event).remove("input");

        assertEquals("input: is required", error(api.handle(event), "ValidationError"));
    }

    @Test
    void anUnknownApartmentIsNotFoundAndNothingIsWritten() {
        Map<String, Object> event = event("request-booking.json");
        input(event).put("apartmentId", "apt-404");

        assertEquals("apartment apt-404 does not exist", error(api.handle(event), "NotFound"));
        assertTrue(api.bookings.all().isEmpty());
    }

    @Test
    void theSameClientTokenTwiceGivesOneBooking() {
        Map<String, Object> first = api.handle(event("request-booking.json"));
        Map<String, Object> second = api.handle(event("request-booking.json"));

        assertEquals(first, second);
        assertEquals(List.of(TOKEN_BOOKING_ID), api.bookings.all().stream().map(Booking::getId).toList());
    }

    @Test
    void theSameClientTokenOfAnotherCustomerIsAnotherBooking() {
        api.handle(event("request-booking.json"));
        Map<String, Object> event = event("request-booking.json");
        input(event).put("customerId", "customer-8");

        assertEquals(BookingIds.forClientToken("customer-8", "token-1"), dataObject(api.handle(event)).get("id"));
        assertEquals(2, api.bookings.all().size());
    }

    static Stream<Arguments> changedRequests() {
        return Stream.of(Arguments.of("apartmentId", "apt-2"), Arguments.of("paymentWindowSeconds", 900));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("changedRequests")
    void reusingAClientTokenForADifferentRequestIsAConflict(String field, Object value) {
        Map<String, Object> original = dataObject(api.handle(event("request-booking.json")));
        Map<String, Object> event = event("request-booking.json");
        input(event).put(field, value);

        assertEquals("clientToken was already used for a different booking request",
                error(api.handle(event), "Conflict"));
        assertEquals(original, GraphQlShapes.booking(api.bookings.find(TOKEN_BOOKING_ID).orElseThrow()));
        assertEquals(1, api.bookings.all().size());
    }
}
