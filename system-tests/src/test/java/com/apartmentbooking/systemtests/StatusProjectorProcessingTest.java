package com.apartmentbooking.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.EventSourceMappingConfiguration;

/**
 * The status projector is invoked with the stream records of a booking's status changes: its Bookings mapping shows
 * "No records processed" (Lambda's LastProcessingResult) until a booking is written, and both its mappings show
 * "OK" once the function handled the batches of a whole booking flow, REQUESTED to CONFIRMED.
 */
class StatusProjectorProcessingTest extends StackTest {

    private static final int WINDOW_SECONDS = 900;

    /** The projector's mappings' LastProcessingResult by table logical id. */
    private static Map<String, String> results() {
        String projector = stack.functionName("StatusProjectorFunction");
        Map<String, String> tableByStream = Stream.of("ApartmentsTable", "BookingsTable")
                .collect(Collectors.toMap(table -> stack.dynamoDb.describeTable(r -> r.tableName(
                        stack.tableName(table))).table().latestStreamArn(), Function.identity()));
        return stack.lambda.listEventSourceMappings(r -> r.functionName(projector)).eventSourceMappings().stream()
                .collect(Collectors.toMap(mapping -> tableByStream.get(mapping.eventSourceArn()),
                        EventSourceMappingConfiguration::lastProcessingResult));
    }

    private static Map<String, String> awaitResults(Map<String, String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Map<String, String> results = results();
        while (!results.equals(wanted) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            results = results();
        }
        return results;
    }

    @Test
    void theProjectorProcessesEveryBatchOfABookingFlow() throws InterruptedException {
        assertEquals("No records processed", results().get("BookingsTable"), "no booking was written yet");
        String apartment = "apt-" + UUID.randomUUID();
        bookings.createApartment(apartment);

        JsonNode answer = bookings.requestBooking(apartment, "customer-" + UUID.randomUUID(), WINDOW_SECONDS,
                "token-" + UUID.randomUUID());
        String booking = answer.path("data").path("id").asText();
        bookings.awaitWaitingForPayment(booking);
        assertEquals(200, bookings.pay("evt-" + UUID.randomUUID(), booking).statusCode());
        bookings.advanceClock(Duration.ofSeconds(WINDOW_SECONDS + 1));
        bookings.awaitBookingStatus(booking, "CONFIRMED");

        assertEquals(Map.of("ApartmentsTable", "OK", "BookingsTable", "OK"),
                awaitResults(Map.of("ApartmentsTable", "OK", "BookingsTable", "OK")));
    }
}
