package com.apartmentbooking.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * After an operator's clock advance, the functions stamp their times on the runtime's clock as the workflow does:
 * a booking's {@code requestedAt} and {@code paidAt} sit beside its {@code reservedUntil}, not weeks before it.
 */
class FunctionClockTest extends StackTest {

    private static final int WINDOW_SECONDS = 900;

    @Test
    void aBookingRequestedAndPaidAfterAnAdvanceIsStampedOnTheRuntimesClock() {
        bookings.advanceClock(Duration.ofDays(30));
        String apartment = "apt-" + UUID.randomUUID();
        bookings.createApartment(apartment);
        Instant before = bookings.runtimeTime();

        JsonNode answer = bookings.requestBooking(apartment, "customer-" + UUID.randomUUID(), WINDOW_SECONDS,
                "token-" + UUID.randomUUID());
        String booking = answer.path("data").path("id").asText();
        bookings.awaitWaitingForPayment(booking);
        Instant reserved = bookings.runtimeTime();

        Map<String, AttributeValue> stored = bookings.booking(booking);
        Instant requestedAt = Instant.parse(stored.get("requestedAt").s());
        assertBetween("requestedAt", requestedAt, before, reserved);
        assertBetween("reservedUntil", Instant.parse(stored.get("reservedUntil").s()),
                requestedAt.plusSeconds(WINDOW_SECONDS), reserved.plusSeconds(WINDOW_SECONDS));

        HttpResponse<String> paid = bookings.pay("evt-" + UUID.randomUUID(), booking);
        Instant after = bookings.runtimeTime();

        assertEquals(200, paid.statusCode(), "a webhook signed at the runtime's time is current: " + paid.body());
        assertEquals("ACCEPTED", Bookings.json(paid.body()).get("result").asText());
        assertBetween("paidAt", Instant.parse(bookings.booking(booking).get("paidAt").s()), reserved, after);
    }

    /** Whole seconds either way: the stamps and the clock's answers may be rounded differently. */
    private static void assertBetween(String name, Instant value, Instant earliest, Instant latest) {
        assertTrue(!value.isBefore(earliest.minusSeconds(1)) && !value.isAfter(latest.plusSeconds(1)),
                name + " " + value + " is not between " + earliest + " and " + latest + " on the runtime's clock");
    }
}
