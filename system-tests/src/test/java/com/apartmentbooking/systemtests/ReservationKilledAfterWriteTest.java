package com.apartmentbooking.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * The reservation function's instance killed right after DynamoDB has written its booking, before the function hears
 * back: the guest gets an error, yet the booking reaches the workflow once (the Bookings stream is the outbox), and
 * the guest's retry with the same client token answers that same booking.
 */
class ReservationKilledAfterWriteTest extends StackTest {

    private static final String FUNCTION = "ReservationApiFunction";
    private static final String HANDLER = "com.apartmentbooking.reservation.AppSyncResolveHandler::handleRequest";

    @Test
    void aReservationWhoseInstanceDiesAfterItsWriteIsReservedOnceAndItsRetryAnswersTheSameBooking()
            throws Exception {
        String apartment = "apt-" + UUID.randomUUID();
        bookings.createApartment(apartment);
        String token = "token-" + UUID.randomUUID();
        InvokeResponse killed;
        try (KillAfterAnswerRelay relay = new KillAfterAnswerRelay(stack.endpoint, "DynamoDB_20120810.PutItem",
                ReservationKilledAfterWriteTest::killReservationInstances);
                ChangedFunctionVariable throughRelay = new ChangedFunctionVariable(stack, FUNCTION,
                        "AWS_ENDPOINT_URL_DYNAMODB", relay.endpoint().toString())) {
            killed = bookings.invokeReservation(requestBooking(apartment, token));
            assertTrue(relay.awaitKilled(0), "the reservation function's PutItem was never answered");
        }

        assertNotNull(killed.functionError(), () -> "the guest got an answer: " + killed.payload().asUtf8String());
        assertEquals("Runtime.ExitError", Bookings.json(killed.payload().asUtf8String()).path("errorType").asText());
        String booking = onlyBookingOf(apartment);
        assertEquals("RESERVED", bookings.awaitBookingStatus(booking, "RESERVED"));
        assertEquals(1, bookings.executionsOf(booking).size());
        assertEquals(booking, bookings.apartment(apartment).get("bookingId").s());

        JsonNode retried = Bookings.json(bookings.invokeReservation(requestBooking(apartment, token))
                .payload().asUtf8String());
        assertEquals(booking, retried.path("data").path("id").asText(), retried::toString);
        assertEquals("RESERVED", retried.path("data").path("status").asText(), retried::toString);
        assertEquals(1, bookings.executionsOf(booking).size());
    }

    private static String requestBooking(String apartment, String token) {
        return Bookings.requestBookingEvent(apartment, "customer-killed", 900, token);
    }

    /** The function's instances are the runtime's child JVMs started with its handler (the runtime runs here). */
    private static void killReservationInstances() {
        ProcessHandle.current().descendants()
                .filter(process -> process.info().arguments().map(List::of).orElse(List.of()).contains(HANDLER))
                .forEach(ProcessHandle::destroyForcibly);
    }

    private static String onlyBookingOf(String apartment) {
        List<Map<String, AttributeValue>> items = stack.dynamoDb.scan(scan -> scan
                .tableName(stack.tableName("BookingsTable")).filterExpression("apartmentId = :a")
                .expressionAttributeValues(Map.of(":a", AttributeValue.fromS(apartment)))).items();
        assertEquals(1, items.size(), items::toString);
        return items.get(0).get("id").s();
    }
}
