package com.apartmentbooking.reservation;

import static com.apartmentbooking.reservation.ApiUnderTest.arguments;
import static com.apartmentbooking.reservation.ApiUnderTest.data;
import static com.apartmentbooking.reservation.ApiUnderTest.dataObject;
import static com.apartmentbooking.reservation.ApiUnderTest.error;
import static com.apartmentbooking.reservation.ApiUnderTest.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.apartmentbooking.model.items.Booking;
import com.apartmentbooking.reservation.port.HistoryEntry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class BookingQueriesTest {
    private static final String EXECUTION_ARN =
            "arn:aws:states:eu-west-1:123456789012:execution:booking:booking-1";

    private final ApiUnderTest api = new ApiUnderTest();

    @ParameterizedTest
    @Event(value = "events/booking.json", type = Map.class)
    void returnsABooking(Map<String, Object> event) {
        api.bookings.put(reservedBooking());

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", "booking-1");
        expected.put("apartmentId", "apt-1");
        expected.put("customerId", "customer-7");
        expected.put("status", "RESERVED");
        expected.put("requestedAt", "2025-03-01T10:00:00Z");
        expected.put("paymentWindowSeconds", 900);
        expected.put("reservedUntil", "2025-03-01T10:15:01Z");
        expected.put("paidAt", null);
        expected.put("executionArn", EXECUTION_ARN);
        expected.put("reason", null);
        assertEquals(expected, dataObject(api.handle(event)));
    }

    @ParameterizedTest
    @Event(value = "events/booking.json", type = Map.class)
    void anAbsentBookingIsNull(Map<String, Object> event) {
        assertNull(data(api.handle(event)));
    }

    @Test
    void aBookingIdMustBeAnId() {
        Map<String, Object> event = event("booking.json");
        arguments(event).remove("id");

        assertEquals("id: is required", error(api.handle(event), "ValidationError"));
    }

    @ParameterizedTest
    @Event(value = "events/booking-history.json", type = Map.class)
    void mapsTheExecutionHistoryOfTheBooking(Map<String, Object> event) {
        String startedDetails = "{\"input\":\"{\\\"bookingId\\\":\\\"booking-1\\\"}\","
                + "\"inputDetails\":{\"truncated\":false},"
                + "\"roleArn\":\"arn:aws:iam::123456789012:role/booking\"}";
        api.bookings.put(reservedBooking());
        api.executions.put(EXECUTION_ARN, List.of(
                new HistoryEntry(1L, 0L, Instant.parse("2025-03-01T10:00:00.123Z"), "ExecutionStarted", null,
                        startedDetails),
                new HistoryEntry(2L, 1L, Instant.parse("2025-03-01T10:00:00.200Z"), "TaskStateEntered",
                        "ReserveApartment", "{\"name\":\"ReserveApartment\",\"input\":\"{}\"}"),
                new HistoryEntry(3L, 2L, Instant.parse("2025-03-01T10:00:00.300Z"), "TaskStateExited",
                        "ReserveApartment", "{\"name\":\"ReserveApartment\",\"output\":\"{\\\"ok\\\":true}\"}"),
                new HistoryEntry(4L, 3L, Instant.parse("2025-03-01T10:00:01Z"), "MapStateSucceeded", null, null)));

        List<Map<String, Object>> history = historyOf(api.handle(event));

        assertEquals(List.of(EXECUTION_ARN), api.executions.requested());
        assertEquals(4, history.size());
        Map<String, Object> started = history.get(0);
        assertEquals(1L, started.get("id"));
        assertEquals(0L, started.get("previousEventId"));
        assertEquals("2025-03-01T10:00:00.123Z", started.get("timestamp"));
        assertEquals("ExecutionStarted", started.get("type"));
        assertNull(started.get("stateName"));
        assertEquals(startedDetails, started.get("details"));

        assertEquals("TaskStateEntered", history.get(1).get("type"));
        assertEquals("ReserveApartment", history.get(1).get("stateName"));
        assertEquals("{\"name\":\"ReserveApartment\",\"input\":\"{}\"}", history.get(1).get("details"));
        assertEquals("TaskStateExited", history.get(2).get("type"));
        assertEquals("ReserveApartment", history.get(2).get("stateName"));
        assertEquals(List.of(1L, 2L, 3L, 4L), history.stream().map(e -> e.get("id")).toList());

        Map<String, Object> withoutDetails = history.get(3);
        assertEquals("MapStateSucceeded", withoutDetails.get("type"));
        assertNull(withoutDetails.get("stateName"));
        assertNull(withoutDetails.get("details"));
        assertEquals(List.of("id", "previousEventId", "timestamp", "type", "stateName", "details"),
                List.copyOf(withoutDetails.keySet()));
    }

    @ParameterizedTest
    @Event(value = "events/booking-history.json", type = Map.class)
    void aBookingTheWorkflowHasNotPickedUpHasNoHistory(Map<String, Object> event) {
        Booking requested = reservedBooking();
        requested.setStatus("REQUESTED");
        requested.setExecutionArn(null);
        api.bookings.put(requested);

        assertEquals(List.of(), data(api.handle(event)));
        assertTrue(api.executions.requested().isEmpty());
    }

    @ParameterizedTest
    @Event(value = "events/booking-history.json", type = Map.class)
    void theHistoryOfAnUnknownBookingIsNotFound(Map<String, Object> event) {
        assertEquals("booking booking-1 does not exist", error(api.handle(event), "NotFound"));
    }

    private static Booking reservedBooking() {
        Booking booking = new Booking();
        booking.setId("booking-1");
        booking.setApartmentId("apt-1");
        booking.setCustomerId("customer-7");
        booking.setStatus("RESERVED");
        booking.setRequestedAt("2025-03-01T10:00:00Z");
        booking.setPaymentWindowSeconds(900);
        booking.setReservedUntil("2025-03-01T10:15:01Z");
        booking.setExecutionArn(EXECUTION_ARN);
        booking.setClientToken("token-1");
        return booking;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> historyOf(Map<String, Object> reply) {
        return (List<Map<String, Object>>) data(reply);
    }
}
