package com.apartmentbooking.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.lambda.model.EventSourceMappingConfiguration;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;

/**
 * The Bookings table's stream as the outbox of BookingRequested: a booking the reservation function wrote
 * REQUESTED reaches the workflow without the function publishing anything, and the relay's retries after it
 * could not publish hold the apartment once.
 */
class BookingRequestedOutboxTest extends StackTest {

    private static final String RELAY = "BookingRequestedRelayFunction";

    @Test
    void aBookingLeftRequestedWithoutAnyEventReachesTheWorkflowAndIsReserved() {
        String apartment = newApartment();

        String booking = bookings.writeRequestedBooking(apartment, "customer-outbox", 900, "token-" + UUID.randomUUID());

        assertEquals("RESERVED", bookings.awaitBookingStatus(booking, "RESERVED"));
        Map<String, AttributeValue> held = bookings.apartment(apartment);
        assertEquals("RESERVED", held.get("status").s());
        assertEquals(booking, held.get("bookingId").s());
        List<DescribeExecutionResponse> executions = bookings.executionsOf(booking);
        assertEquals(1, executions.size());
        assertEquals(bookings.booking(booking).get("executionArn").s(), executions.get(0).executionArn());
    }

    @Test
    void aRelayThatCouldNotPublishRetriesAndTheApartmentIsHeldOnce() {
        String apartment = newApartment();
        String booking;
        // EventBridge answers nowhere: every PutEvents call of the relay fails after the SDK's own retries.
        try (ChangedFunctionVariable nowhere = new ChangedFunctionVariable(stack, RELAY,
                "AWS_ENDPOINT_URL_EVENTBRIDGE", "http://127.0.0.1:9")) {
            booking = bookings.writeRequestedBooking(apartment, "customer-retry", 900, "token-" + UUID.randomUUID());
            awaitMapping(mapping -> mapping.lastProcessingResult().startsWith("PROBLEM"));
            assertEquals("REQUESTED", bookings.bookingStatus(booking));
            assertEquals(List.of(), bookings.executionsOf(booking));
        }

        assertEquals("RESERVED", bookings.awaitBookingStatus(booking, "RESERVED"));
        awaitMapping(mapping -> mapping.lastProcessingResult().equals("OK"));
        assertEquals(1, bookings.executionsOf(booking).size());
        Map<String, AttributeValue> held = bookings.apartment(apartment);
        assertEquals(booking, held.get("bookingId").s());
        assertEquals("1", held.get("version").n());
        assertEquals(bookings.booking(booking).get("reservedUntil"), held.get("reservedUntil"));
    }

    private static String relayName() {
        return stack.functionName(RELAY);
    }

    private static EventSourceMappingConfiguration awaitMapping(Predicate<EventSourceMappingConfiguration> state) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        EventSourceMappingConfiguration mapping = null;
        while (Instant.now().isBefore(deadline)) {
            mapping = stack.lambda.listEventSourceMappings(list -> list.functionName(relayName()))
                    .eventSourceMappings().get(0);
            if (mapping.lastProcessingResult() != null && state.test(mapping)) {
                return mapping;
            }
            sleep();
        }
        throw new AssertionError("the relay's stream mapping did not reach the expected state: " + mapping);
    }

    private static String newApartment() {
        String id = "apt-" + UUID.randomUUID();
        bookings.createApartment(id);
        return id;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
