package com.apartmentbooking.reservation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.apartmentbooking.reservation.fakes.InMemoryApartmentStore;
import com.apartmentbooking.reservation.fakes.InMemoryBookingStore;
import com.apartmentbooking.reservation.fakes.InMemoryExecutionHistory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** The real handler on in-memory fakes of its ports, with a fixed clock, and helpers to read its replies. */
final class ApiUnderTest {
    static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");

    final InMemoryApartmentStore apartments = new InMemoryApartmentStore();
    final InMemoryBookingStore bookings = new InMemoryBookingStore();
    final InMemoryExecutionHistory executions = new InMemoryExecutionHistory();
    final AppSyncResolveHandler handler = new AppSyncResolveHandler(
            apartments, bookings, executions, Clock.fixed(NOW, ZoneOffset.UTC));

    Map<String, Object> handle(Map<String, Object> event) {
        return handler.handleRequest(event, null);
    }

    /** A fresh copy of a fixture under {@code src/test/resources/events/}, free to modify. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> event(String name) {
        return EventLoader.loadEvent("events/" + name, Map.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> arguments(Map<String, Object> event) {
        return (Map<String, Object>) event.get("arguments");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> input(Map<String, Object> event) {
        return (Map<String, Object>) arguments(event).get("input");
    }

    /** The data of a successful reply; fails on an error reply. */
    static Object data(Map<String, Object> reply) {
        assertFalse(reply.containsKey("error"), () -> "expected data, got " + reply);
        assertTrue(reply.containsKey("data"), () -> "reply without data: " + reply);
        return reply.get("data");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> dataObject(Map<String, Object> reply) {
        return (Map<String, Object>) data(reply);
    }

    /** Asserts an error reply of {@code type} and returns its message. */
    @SuppressWarnings("unchecked")
    static String error(Map<String, Object> reply, String type) {
        assertFalse(reply.containsKey("data"), () -> "expected an error, got " + reply);
        Map<String, Object> error = (Map<String, Object>) reply.get("error");
        assertEquals(type, error.get("type"), () -> "error " + error);
        return (String) error.get("message");
    }
}
