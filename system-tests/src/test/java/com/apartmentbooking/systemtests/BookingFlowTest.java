package com.apartmentbooking.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** A booking's whole life through the stack started from the real template: request, hold, payment, outcome. */
class BookingFlowTest extends StackTest {

    private static final int WINDOW_SECONDS = 900;

    @Test
    void aPaidBookingIsConfirmedWhenItsWindowEnds() {
        String apartment = newApartment();
        String booking = requestBooking(apartment);
        bookings.awaitWaitingForPayment(booking);
        assertEquals("RESERVED", bookings.apartment(apartment).get("status").s());

        HttpResponse<String> paid = bookings.pay("evt-" + UUID.randomUUID(), booking);

        assertEquals(200, paid.statusCode(), paid.body());
        assertEquals("ACCEPTED", Bookings.json(paid.body()).get("result").asText());
        assertEquals("PAID", bookings.bookingStatus(booking));
        bookings.advanceClock(Duration.ofSeconds(WINDOW_SECONDS + 1));
        assertEquals("CONFIRMED", bookings.awaitBookingStatus(booking, "CONFIRMED"));
        assertEquals("PAID", bookings.apartment(apartment).get("status").s());
        assertEquals(booking, bookings.apartment(apartment).get("bookingId").s());
    }

    @Test
    void anUnpaidBookingExpiresWhenTheClockPassesItsWindowAndTheApartmentIsVacantAgain() {
        String apartment = newApartment();
        String booking = requestBooking(apartment);
        bookings.awaitWaitingForPayment(booking);

        bookings.advanceClock(Duration.ofSeconds(WINDOW_SECONDS + 1));

        assertEquals("EXPIRED", bookings.awaitBookingStatus(booking, "EXPIRED"));
        assertEquals("VACANT", bookings.apartment(apartment).get("status").s());
        String executionArn = bookings.booking(booking).get("executionArn").s();
        assertEquals(ExecutionStatus.SUCCEEDED, stack.stepFunctions.describeExecution(d -> d.executionArn(executionArn))
                .status());
        List<HistoryEvent> history = stack.stepFunctions.getExecutionHistory(h -> h.executionArn(executionArn))
                .events();
        assertTrue(history.stream().anyMatch(event -> event.type().toString().equals("WaitStateExited")), "waited");
    }

    @Test
    void aPaymentAfterTheReleaseIsRecordedAsLateAndTheBookingStaysExpired() {
        String apartment = newApartment();
        String booking = requestBooking(apartment);
        bookings.awaitWaitingForPayment(booking);
        bookings.advanceClock(Duration.ofSeconds(WINDOW_SECONDS + 1));
        bookings.awaitBookingStatus(booking, "EXPIRED");

        HttpResponse<String> late = bookings.pay("evt-" + UUID.randomUUID(), booking);

        assertEquals(200, late.statusCode(), late.body());
        assertEquals("REJECTED_LATE", Bookings.json(late.body()).get("result").asText());
        assertEquals("EXPIRED", bookings.bookingStatus(booking));
        assertEquals("VACANT", bookings.apartment(apartment).get("status").s());
    }

    @Test
    void aPaymentRacingTheReleaseEndsEitherPaidAndConfirmedOrLateAndExpiredNeverHalfWay() throws Exception {
        String apartment = newApartment();
        String booking = requestBooking(apartment);
        bookings.awaitWaitingForPayment(booking);

        Thread release = new Thread(() -> bookings.advanceClock(Duration.ofSeconds(WINDOW_SECONDS + 1)));
        release.start();
        HttpResponse<String> payment = bookings.pay("evt-" + UUID.randomUUID(), booking);
        release.join();

        String outcome = bookings.awaitBookingStatus(booking, Set.of("CONFIRMED", "EXPIRED"), Duration.ofSeconds(60));
        // The advance may also come between the provider's signing and the function's check: the signature's age
        // on the runtime's clock is then past its tolerance (401), and no payment is taken.
        String result = payment.statusCode() == 401 ? "STALE_SIGNATURE"
                : Bookings.json(payment.body()).get("result").asText();
        if (result.equals("ACCEPTED")) {
            assertEquals("CONFIRMED", outcome);
            assertEquals("PAID", bookings.apartment(apartment).get("status").s());
        } else {
            assertTrue(Set.of("REJECTED_LATE", "STALE_SIGNATURE").contains(result), payment.body());
            assertEquals("EXPIRED", outcome);
            assertEquals("VACANT", bookings.apartment(apartment).get("status").s());
        }
    }

    @Test
    void aBookingForAnApartmentHeldByAnotherIsRejectedAndTheHoldIsKept() {
        String apartment = newApartment();
        String first = requestBooking(apartment);
        bookings.awaitWaitingForPayment(first);

        String second = requestBooking(apartment);

        assertEquals("REJECTED", bookings.awaitBookingStatus(second, "REJECTED"));
        assertEquals("APARTMENT_UNAVAILABLE", bookings.booking(second).get("reason").s());
        assertEquals(first, bookings.apartment(apartment).get("bookingId").s());
        assertEquals("RESERVED", bookings.bookingStatus(first));
    }

    @Test
    void aDuplicateWebhookChangesNothing() {
        String apartment = newApartment();
        String booking = requestBooking(apartment);
        bookings.awaitWaitingForPayment(booking);
        String paymentId = "evt-" + UUID.randomUUID();
        assertEquals("ACCEPTED", Bookings.json(bookings.pay(paymentId, booking).body()).get("result").asText());

        HttpResponse<String> again = bookings.pay(paymentId, booking);

        assertEquals(200, again.statusCode());
        assertEquals("DUPLICATE", Bookings.json(again.body()).get("result").asText());
        assertEquals("PAID", bookings.bookingStatus(booking));
    }

    @Test
    void aWebhookWithABadSignatureIsRefusedWith401() {
        String body = "{\"id\":\"evt-x\",\"type\":\"payment.succeeded\",\"data\":{\"bookingId\":\"b\",\"amount\":1,\"currency\":\"EUR\"}}";

        HttpResponse<String> refused = bookings.postWebhook(body,
                Bookings.signature(body, java.time.Instant.now().getEpochSecond(), "not-the-secret-at-all"));

        assertEquals(401, refused.statusCode());
    }

    @Test
    void invalidBookingInputGetsAValidationErrorAndStartsNothing() {
        JsonNode answer = bookings.requestBooking("", "", 0, "token-" + UUID.randomUUID());

        assertEquals("ValidationError", answer.path("error").path("type").asText(), answer.toString());
        assertFalse(answer.has("data") && !answer.get("data").isNull());
    }

    @Test
    void aFunctionThatThrowsIsReportedAsUnhandledWithItsErrorTypeAndMessage() {
        InvokeResponse response = bookings.invokeReservation("[\"not an AppSync event\"]");

        assertEquals(200, response.statusCode());
        assertEquals("Unhandled", response.functionError());
        JsonNode error = Bookings.json(response.payload().asUtf8String());
        assertNotNull(error.get("errorType"), error.toString());
        assertNotNull(error.get("errorMessage"), error.toString());
    }

    private static String newApartment() {
        String id = "apt-" + UUID.randomUUID();
        bookings.createApartment(id);
        return id;
    }

    private static String requestBooking(String apartment) {
        JsonNode answer = bookings.requestBooking(apartment, "customer-" + UUID.randomUUID(), WINDOW_SECONDS,
                "token-" + UUID.randomUUID());
        JsonNode data = answer.path("data");
        assertEquals("REQUESTED", data.path("status").asText(), answer.toString());
        return data.get("id").asText();
    }
}
