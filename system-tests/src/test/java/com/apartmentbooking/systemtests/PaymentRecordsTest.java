package com.apartmentbooking.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The Payments table as the payment provider and operators rely on it: records are kept, and a replay is matched
 * against what was recorded. A stack of its own, as its clock is moved by months.
 */
class PaymentRecordsTest extends StackTest {

    private static final int WINDOW_SECONDS = 900;

    @Test
    void aPaymentRecordOutlivesMonthsAndItsReplayIsStillADuplicate() {
        String booking = paidBooking();
        String paymentId = paymentIdOf(booking);
        // The booking's execution ends first: a jump past its one-year limit while it still waits races its
        // confirmation against the limit (a known limit of clock advances, see the runtime's README).
        bookings.advanceClock(Duration.ofSeconds(WINDOW_SECONDS + 1));
        assertEquals("CONFIRMED", bookings.awaitBookingStatus(booking, "CONFIRMED"));

        bookings.advanceClock(Duration.ofDays(365));

        Map<String, AttributeValue> record = paymentRecord(paymentId);
        assertTrue(record.containsKey("outcome"), "the payment record is gone: " + record);
        assertEquals("ACCEPTED", record.get("outcome").s());
        HttpResponse<String> replay = bookings.pay(paymentId, booking);
        assertEquals(200, replay.statusCode(), replay.body());
        assertEquals("DUPLICATE", Bookings.json(replay.body()).get("result").asText());
        assertEquals("CONFIRMED", bookings.awaitBookingStatus(booking, "CONFIRMED"));
    }

    @Test
    void aReplayWithAnotherAmountIsAConflictAndChangesNothing() {
        String booking = paidBooking();
        String paymentId = paymentIdOf(booking);
        String body = "{\"id\":\"" + paymentId + "\",\"type\":\"payment.succeeded\",\"data\":{\"bookingId\":\""
                + booking + "\",\"amount\":1.00,\"currency\":\"EUR\"}}";

        HttpResponse<String> replay = bookings.postWebhook(body,
                Bookings.signature(body, bookings.runtimeTime().getEpochSecond(), LocalStack.WEBHOOK_SECRET));

        assertEquals(200, replay.statusCode(), replay.body());
        JsonNode answer = Bookings.json(replay.body());
        assertEquals("CONFLICT", answer.get("result").asText());
        assertEquals(paymentId, answer.get("paymentId").asText());
        Map<String, AttributeValue> record = paymentRecord(paymentId);
        assertEquals("120.5", record.get("amount").s());
        assertEquals("ACCEPTED", record.get("outcome").s());
        assertEquals("PAID", bookings.bookingStatus(booking));
    }

    private static String paidBooking() {
        String apartment = "apt-" + UUID.randomUUID();
        bookings.createApartment(apartment);
        JsonNode answer = bookings.requestBooking(apartment, "customer-" + UUID.randomUUID(), WINDOW_SECONDS,
                "token-" + UUID.randomUUID());
        String booking = answer.path("data").path("id").asText();
        bookings.awaitWaitingForPayment(booking);
        HttpResponse<String> paid = bookings.pay(paymentIdOf(booking), booking);
        assertEquals("ACCEPTED", Bookings.json(paid.body()).get("result").asText(), paid.body());
        return booking;
    }

    private static String paymentIdOf(String booking) {
        return "evt-" + booking;
    }

    private static Map<String, AttributeValue> paymentRecord(String paymentId) {
        return stack.dynamoDb.getItem(get -> get.tableName(stack.tableName("PaymentsTable"))
                .key(Map.of("eventId", AttributeValue.fromS(paymentId))).consistentRead(true)).item();
    }
}
