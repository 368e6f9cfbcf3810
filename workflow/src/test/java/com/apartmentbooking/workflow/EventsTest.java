package com.apartmentbooking.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.model.events.EventContract;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the workflow puts on the bus, and what happens when the bus does not take it. */
class EventsTest {

    private static final Set<String> WORKFLOW_EVENTS = Set.of(
            EventContract.BOOKING_RESERVED, EventContract.BOOKING_CONFIRMED,
            EventContract.BOOKING_EXPIRED, EventContract.BOOKING_REJECTED);

    @Test
    void emitsExactlyTheFourWorkflowEventsFromTheWorkflowSource() {
        Map<String, String> detailTypeByTask = detailTypeByTask();

        assertEquals(WORKFLOW_EVENTS.size(), detailTypeByTask.size(), "one task per event: " + detailTypeByTask);
        assertEquals(WORKFLOW_EVENTS, Set.copyOf(detailTypeByTask.values()));
        detailTypeByTask.keySet().forEach(name ->
                assertEquals(EventContract.SOURCE_WORKFLOW, entry(name).path("Source").asText(), name));
    }

    @Test
    void everyDetailIsAnObjectThatNamesTheBooking() {
        AslDefinition.tasks(AslDefinition.PUT_EVENTS).forEach((name, task) -> {
            JsonNode detail = task.path("Arguments").path("Entries").get(0).path("Detail");
            assertTrue(detail.isObject(), name + " should pass Detail as an object, which the integration serializes");
            for (String field : List.of("bookingId", "apartmentId", "customerId")) {
                assertEquals("{% $" + field + " %}", detail.path(field).asText(), name + " " + field);
            }
        });
        assertEquals("{% $reservedUntil %}",
                entry("PublishBookingReserved").path("Detail").path("reservedUntil").asText());
    }

    @Test
    void failedEntriesAreRetriedWithJitteredExponentialBackoff() {
        AslDefinition.tasks(AslDefinition.PUT_EVENTS).forEach((name, task) -> {
            JsonNode first = task.path("Retry").get(0);
            // The optimized integration turns FailedEntryCount > 0 into this error.
            assertTrue(AslDefinition.texts(first.path("ErrorEquals")).contains("EventBridge.FailedEntry"), name);
            assertEquals(2.0, first.path("BackoffRate").asDouble(), name);
            assertTrue(first.path("MaxAttempts").asInt() >= 3, name);
            assertEquals("FULL", first.path("JitterStrategy").asText(), name);
            task.path("Retry").forEach(retrier ->
                    assertFalse(AslDefinition.texts(retrier.path("ErrorEquals")).contains("States.ALL"), name));
        });
    }

    @Test
    void aLostReservationEventStillLetsTheHoldEnd() {
        assertEquals("WaitForPayment",
                AslDefinition.catchTarget(AslDefinition.state("PublishBookingReserved"), "States.ALL"));
    }

    @Test
    void aLostFinalEventFailsTheExecutionAfterTheStatusIsStored() {
        for (String name : List.of("PublishBookingConfirmed", "PublishBookingExpired", "PublishBookingRejected")) {
            String target = AslDefinition.catchTarget(AslDefinition.state(name), "States.ALL");
            assertEquals("Fail", AslDefinition.state(target).path("Type").asText(), name + " catches into " + target);
        }
    }

    @Test
    void theRejectionSaysWhy() {
        assertEquals("APARTMENT_UNAVAILABLE", entry("PublishBookingRejected").path("Detail").path("reason").asText());
    }

    private static Map<String, String> detailTypeByTask() {
        Map<String, String> detailTypes = new HashMap<>();
        AslDefinition.tasks(AslDefinition.PUT_EVENTS).forEach((name, task) -> {
            JsonNode entries = task.path("Arguments").path("Entries");
            assertEquals(1, entries.size(), name + " should put exactly one entry");
            detailTypes.put(name, entries.get(0).path("DetailType").asText());
        });
        return detailTypes;
    }

    private static JsonNode entry(String task) {
        return AslDefinition.state(task).path("Arguments").path("Entries").get(0);
    }
}
