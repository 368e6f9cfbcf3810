package com.apartmentbooking.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.lambda.model.EventSourceMappingConfiguration;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Stream delivery is at least once, so the same BookingRequested can start several executions, at the same time
 * or later. One of them holds the apartment; every other one ends FAILED with Booking.NotRequested, holds nothing,
 * and leaves the first one's hold and the booking as they were.
 */
class DuplicateBookingRequestedTest extends StackTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int DUPLICATES = 9;

    @Test
    void concurrentDuplicatesHoldTheApartmentOnceAndFailWithoutTouchingTheHold() {
        String apartment = "apt-" + UUID.randomUUID();
        bookings.createApartment(apartment);
        String booking = bookings.writeRequestedBooking(apartment, "customer-dup", 900, "token-" + UUID.randomUUID());
        Map<String, AttributeValue> stored = bookings.booking(booking);

        // The relay publishes the booking's event once; these are the same event delivered again, all at once.
        String detail = MAPPER.createObjectNode().put("bookingId", booking).put("apartmentId", apartment)
                .put("customerId", "customer-dup").put("requestedAt", stored.get("requestedAt").s())
                .put("paymentWindowSeconds", 900).toString();
        PutEventsRequestEntry entry = PutEventsRequestEntry.builder()
                .eventBusName(stack.template.eventBus("BookingBus").name()).source("booking.reservation")
                .detailType("BookingRequested").detail(detail).build();
        assertEquals(0, stack.events.putEvents(put -> put.entries(Collections.nCopies(DUPLICATES, entry)))
                .failedEntryCount());

        List<DescribeExecutionResponse> executions = awaitAllButOneFailed(booking, DUPLICATES + 1);
        Map<String, AttributeValue> reserved = bookings.booking(booking);
        assertEquals("RESERVED", reserved.get("status").s());
        List<DescribeExecutionResponse> running = executions.stream()
                .filter(execution -> execution.status() == ExecutionStatus.RUNNING).toList();
        assertEquals(1, running.size(), () -> "statuses: " + statuses(executions));
        assertEquals(reserved.get("executionArn").s(), running.get(0).executionArn());
        for (DescribeExecutionResponse duplicate : executions) {
            if (duplicate.status() != ExecutionStatus.RUNNING) {
                assertEquals(ExecutionStatus.FAILED, duplicate.status());
                assertEquals("Booking.NotRequested", duplicate.error(), duplicate.cause());
                assertTrue(duplicate.cause().contains(booking), duplicate.cause());
            }
        }
        Map<String, AttributeValue> held = bookings.apartment(apartment);
        assertEquals("RESERVED", held.get("status").s());
        assertEquals(booking, held.get("bookingId").s());
        assertEquals("1", held.get("version").n(), "one hold was written");
        assertEquals(reserved.get("reservedUntil"), held.get("reservedUntil"));
        assertEquals(reserved, bookings.booking(booking), "the duplicates changed nothing of the booking");
    }

    @Test
    void aStreamReadAgainFromItsStartPublishesTheRequestAgainAndTheRepeatHoldsNothing() {
        String apartment = "apt-" + UUID.randomUUID();
        bookings.createApartment(apartment);
        String booking = bookings.writeRequestedBooking(apartment, "customer-replay", 900, "token-" + UUID.randomUUID());
        bookings.awaitWaitingForPayment(booking);
        Map<String, AttributeValue> reserved = bookings.booking(booking);
        Map<String, AttributeValue> held = bookings.apartment(apartment);

        // The relay's mapping made again from TRIM_HORIZON, as a redeployment that replaces it does, delivers
        // every record of the stream once more.
        String relay = stack.functionName("BookingRequestedRelayFunction");
        EventSourceMappingConfiguration mapping = stack.lambda.listEventSourceMappings(list -> list.functionName(relay))
                .eventSourceMappings().get(0);
        stack.lambda.deleteEventSourceMapping(delete -> delete.uuid(mapping.uuid()));
        stack.lambda.createEventSourceMapping(create -> create.functionName(relay)
                .eventSourceArn(mapping.eventSourceArn()).startingPosition("TRIM_HORIZON")
                .batchSize(mapping.batchSize()).functionResponseTypes(mapping.functionResponseTypes())
                .maximumRetryAttempts(mapping.maximumRetryAttempts())
                .bisectBatchOnFunctionError(mapping.bisectBatchOnFunctionError())
                .destinationConfig(mapping.destinationConfig()));

        List<DescribeExecutionResponse> executions = awaitAllButOneFailed(booking, 2);
        DescribeExecutionResponse repeat = executions.stream()
                .filter(execution -> execution.status() != ExecutionStatus.RUNNING).findFirst().orElseThrow();
        assertEquals("Booking.NotRequested", repeat.error(), repeat.cause());
        assertEquals(held, bookings.apartment(apartment));
        assertEquals(reserved, bookings.booking(booking));
    }

    /** Waits until {@code count} executions of the booking exist and all but one have ended. */
    private static List<DescribeExecutionResponse> awaitAllButOneFailed(String booking, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<DescribeExecutionResponse> executions = bookings.executionsOf(booking);
        while (Instant.now().isBefore(deadline)) {
            long ended = executions.stream().filter(e -> e.status() != ExecutionStatus.RUNNING).count();
            if (executions.size() == count && ended == count - 1) {
                return executions;
            }
            sleep();
            executions = bookings.executionsOf(booking);
        }
        throw new AssertionError(count + " executions of " + booking + ", all but one ended, expected; got "
                + statuses(executions));
    }

    private static List<String> statuses(List<DescribeExecutionResponse> executions) {
        return executions.stream().map(e -> e.status() + (e.error() == null ? "" : " " + e.error())).toList();
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
