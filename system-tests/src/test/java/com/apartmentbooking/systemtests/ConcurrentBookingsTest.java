package com.apartmentbooking.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/**
 * 500 booking requests at once over 50 apartments (DESIGN §6): no apartment is ever held or paid by two bookings,
 * and every booking ends CONFIRMED, EXPIRED or REJECTED.
 */
class ConcurrentBookingsTest extends StackTest {

    private static final int APARTMENTS = 50;
    private static final int REQUESTS = 500;
    private static final int WINDOW_SECONDS = 600;

    @Test
    void noApartmentIsEverHeldByTwoBookingsAndEveryBookingEnds() throws Exception {
        List<String> apartments = new ArrayList<>();
        for (int i = 0; i < APARTMENTS; i++) {
            String id = String.format("concurrent-%02d", i);
            bookings.createApartment(id);
            apartments.add(id);
        }

        Map<String, String> apartmentOfBooking = requestAllAtOnce(apartments);
        for (String booking : apartmentOfBooking.keySet()) {
            bookings.awaitBookingStatus(booking, java.util.Set.of("RESERVED", "REJECTED"), Duration.ofMinutes(5));
        }
        List<String> reserved = apartmentOfBooking.keySet().stream()
                .filter(booking -> bookings.bookingStatus(booking).equals("RESERVED")).toList();
        assertEquals(APARTMENTS, reserved.size(), "each apartment is held by exactly one booking");
        List<String> paid = reserved.subList(0, reserved.size() / 2);
        for (String booking : paid) {
            assertEquals("ACCEPTED", Bookings.json(bookings.pay("evt-" + booking, booking).body()).get("result")
                    .asText());
        }
        bookings.advanceClock(Duration.ofSeconds(WINDOW_SECONDS + 1));

        Map<String, Integer> confirmedPerApartment = new HashMap<>();
        for (Map.Entry<String, String> entry : apartmentOfBooking.entrySet()) {
            String outcome = bookings.awaitBookingStatus(entry.getKey(), Bookings.FINAL, Duration.ofMinutes(5));
            String expected = paid.contains(entry.getKey()) ? "CONFIRMED"
                    : reserved.contains(entry.getKey()) ? "EXPIRED" : "REJECTED";
            assertEquals(expected, outcome, entry.getKey());
            if (outcome.equals("CONFIRMED")) {
                confirmedPerApartment.merge(entry.getValue(), 1, Integer::sum);
            }
        }
        confirmedPerApartment.values().forEach(count -> assertEquals(1, count));
        assertNoApartmentWentFromOneHolderToAnother();
    }

    private Map<String, String> requestAllAtOnce(List<String> apartments) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(32);
        try {
            List<Future<JsonNode>> answers = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String apartment = apartments.get(i % APARTMENTS);
                String customer = "customer-" + i;
                targets.add(apartment);
                answers.add(clients.submit(() -> bookings.requestBooking(apartment, customer, WINDOW_SECONDS,
                        "token-" + customer)));
            }
            Map<String, String> apartmentOfBooking = new HashMap<>();
            for (int i = 0; i < REQUESTS; i++) {
                JsonNode answer = answers.get(i).get();
                assertEquals("REQUESTED", answer.path("data").path("status").asText(), answer.toString());
                apartmentOfBooking.put(answer.path("data").path("id").asText(), targets.get(i));
            }
            assertEquals(REQUESTS, apartmentOfBooking.size(), "every request made its own booking");
            return apartmentOfBooking;
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * Reads every change of the apartments table from its stream: an apartment held by one booking is only ever
     * taken by another after it was VACANT in between.
     */
    private void assertNoApartmentWentFromOneHolderToAnother() {
        String streamArn = stack.dynamoDb.describeTable(d -> d.tableName(stack.tableName("ApartmentsTable")))
                .table().latestStreamArn();
        Map<String, String> holder = new HashMap<>();
        int changes = 0;
        for (var shard : stack.streams.describeStream(d -> d.streamArn(streamArn)).streamDescription().shards()) {
            String iterator = stack.streams.getShardIterator(g -> g.streamArn(streamArn).shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            while (iterator != null) {
                String current = iterator;
                var page = stack.streams.getRecords(g -> g.shardIterator(current));
                for (var record : page.records()) {
                    StreamRecord change = record.dynamodb();
                    if (!change.hasNewImage()) {
                        continue;
                    }
                    changes++;
                    String apartment = change.keys().get("id").s();
                    Map<String, AttributeValue> image = change.newImage();
                    String status = image.get("status").s();
                    String booking = image.containsKey("bookingId") ? image.get("bookingId").s() : null;
                    String previous = holder.get(apartment);
                    if (!status.equals("VACANT")) {
                        assertTrue(previous == null || previous.equals(booking),
                                apartment + " went from " + previous + " to " + booking + " without being vacant");
                        holder.put(apartment, booking);
                    } else {
                        holder.remove(apartment);
                    }
                }
                iterator = page.records().isEmpty() ? null : page.nextShardIterator();
            }
        }
        assertTrue(changes >= APARTMENTS * 2, "the stream holds the holds and their ends: " + changes);
    }
}
