package com.apartmentbooking.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * A BookingRequested that anyone allowed to put events on the bus can send: the workflow holds an apartment only
 * for a stored booking that is REQUESTED for that apartment with that window, and fails the execution otherwise,
 * so that operators see the refused request. The outbox relay's stream mapping is disabled, so that a booking
 * stored here stays REQUESTED with no BookingRequested but the ones the tests put on the bus.
 */
class ForgedBookingRequestTest extends StackTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @BeforeAll
    static void disableTheRelaysMapping() {
        disableTheRelay();
    }

    @Test
    void aRequestForABookingThatDoesNotExistHoldsNothingAndFailsTheExecution() {
        String apartment = newApartment();
        String booking = "forged-" + UUID.randomUUID();

        putBookingRequested(booking, apartment, 900);

        assertExecutionFailed(booking, "Booking.NotFound", booking);
        assertVacantAndUntouched(apartment);
        assertEquals(Map.of(), bookings.booking(booking));
    }

    @Test
    void aRequestWithAWindowOutOfRangeHoldsNothingAndFailsTheExecution() {
        String apartment = newApartment();
        String booking = storedRequestedBooking(apartment, 900);

        putBookingRequested(booking, apartment, 999_999_999);

        assertExecutionFailed(booking, "Booking.InvalidPaymentWindow", "999999999");
        assertVacantAndUntouched(apartment);
        assertEquals("REQUESTED", bookings.bookingStatus(booking));
    }

    @Test
    void aRequestWhoseWindowIsNotTheBookingsHoldsNothingAndFailsTheExecution() {
        String apartment = newApartment();
        String booking = storedRequestedBooking(apartment, 900);

        putBookingRequested(booking, apartment, 86_400);

        assertExecutionFailed(booking, "Booking.RequestMismatch", "paymentWindowSeconds");
        assertVacantAndUntouched(apartment);
        assertEquals("REQUESTED", bookings.bookingStatus(booking));
    }

    @Test
    void aRequestNamingAnotherApartmentThanTheBookingsHoldsNothingAndFailsTheExecution() {
        String bookedApartment = newApartment();
        String otherApartment = newApartment();
        String booking = storedRequestedBooking(bookedApartment, 900);

        putBookingRequested(booking, otherApartment, 900);

        assertExecutionFailed(booking, "Booking.RequestMismatch", otherApartment);
        assertVacantAndUntouched(otherApartment);
        assertVacantAndUntouched(bookedApartment);
        assertEquals("REQUESTED", bookings.bookingStatus(booking));
    }

    @Test
    void aRequestReplayedForABookingAlreadyReservedTakesNoSecondHold() {
        String apartment = newApartment();
        String booking = storedRequestedBooking(apartment, 900);
        putBookingRequested(booking, apartment, 900);
        bookings.awaitWaitingForPayment(booking);
        Map<String, AttributeValue> held = bookings.apartment(apartment);

        putBookingRequested(booking, apartment, 900);

        DescribeExecutionResponse replay = awaitEnded(booking, bookings.booking(booking).get("executionArn").s());
        assertEquals(ExecutionStatus.FAILED, replay.status());
        assertEquals("Booking.NotRequested", replay.error());
        assertTrue(replay.cause().contains("RESERVED"), replay.cause());
        assertEquals(held, bookings.apartment(apartment));
    }

    private static void disableTheRelay() {
        String relay = stack.functionName("BookingRequestedRelayFunction");
        String uuid = stack.lambda.listEventSourceMappings(list -> list.functionName(relay))
                .eventSourceMappings().get(0).uuid();
        stack.lambda.updateEventSourceMapping(update -> update.uuid(uuid).enabled(false));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!"Disabled".equals(stack.lambda.getEventSourceMapping(get -> get.uuid(uuid)).state())) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the relay's stream mapping was not disabled within 30 seconds");
            }
            sleep();
        }
    }

    private static String newApartment() {
        String id = "apt-" + UUID.randomUUID();
        bookings.createApartment(id);
        return id;
    }

    /** A booking as the reservation API stores it, without the event that would start its workflow. */
    private static String storedRequestedBooking(String apartment, int windowSeconds) {
        String id = "booking-" + UUID.randomUUID();
        stack.dynamoDb.putItem(put -> put.tableName(stack.tableName("BookingsTable")).item(Map.of(
                "id", AttributeValue.fromS(id),
                "apartmentId", AttributeValue.fromS(apartment),
                "customerId", AttributeValue.fromS("customer-" + id),
                "status", AttributeValue.fromS("REQUESTED"),
                "requestedAt", AttributeValue.fromS(Instant.now().toString()),
                "paymentWindowSeconds", AttributeValue.fromN(Integer.toString(windowSeconds)))));
        return id;
    }

    private static void putBookingRequested(String booking, String apartment, int windowSeconds) {
        String detail = MAPPER.createObjectNode().put("bookingId", booking).put("apartmentId", apartment)
                .put("customerId", "customer-forged").put("requestedAt", Instant.now().toString())
                .put("paymentWindowSeconds", windowSeconds).toString();
        int failed = stack.events.putEvents(put -> put.entries(entry -> entry
                .eventBusName(stack.template.eventBus("BookingBus").name()).source("booking.reservation")
                .detailType("BookingRequested").detail(detail))).failedEntryCount();
        assertEquals(0, failed);
    }

    private static DescribeExecutionResponse awaitEnded(String booking) {
        return awaitEnded(booking, null);
    }

    /** The first execution whose input names the booking (other than {@code except}) once it has ended. */
    private static DescribeExecutionResponse awaitEnded(String booking, String except) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            for (ExecutionListItem listed : stack.stepFunctions.listExecutionsPaginator(
                    list -> list.stateMachineArn(stack.stateMachineArn())).executions()) {
                if (listed.executionArn().equals(except) || listed.status() == ExecutionStatus.RUNNING) {
                    continue;
                }
                DescribeExecutionResponse execution = stack.stepFunctions.describeExecution(
                        describe -> describe.executionArn(listed.executionArn()));
                if (execution.input().contains(booking)) {
                    return execution;
                }
            }
            sleep();
        }
        throw new AssertionError("no execution for " + booking + " ended within a minute");
    }

    /** The booking's execution ended FAILED with {@code error}, its cause naming {@code causePart}. */
    private static void assertExecutionFailed(String booking, String error, String causePart) {
        DescribeExecutionResponse execution = awaitEnded(booking);
        assertEquals(ExecutionStatus.FAILED, execution.status());
        assertEquals(error, execution.error());
        assertTrue(execution.cause().contains(causePart), execution.cause());
    }

    private static void assertVacantAndUntouched(String apartment) {
        Map<String, AttributeValue> item = bookings.apartment(apartment);
        assertEquals("VACANT", item.get("status").s());
        assertFalse(item.containsKey("bookingId"), item.toString());
        assertFalse(item.containsKey("reservedUntil"), item.toString());
        assertEquals("0", item.get("version").n());
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
