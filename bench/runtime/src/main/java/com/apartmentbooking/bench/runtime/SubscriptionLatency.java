package com.apartmentbooking.bench.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Latency from {@code requestBooking} returning to its booking's RESERVED reaching a subscriber, through the
 * whole flow (event, workflow, table write, stream, projector, publish mutation, fan-out), against the
 * baseline of AppSync alone: a publish mutation sent until its subscriber has it.
 */
final class SubscriptionLatency {

    private static final String REQUEST_BOOKING = "mutation($input: RequestBookingInput!) {"
            + " requestBooking(input: $input) { id status } }";
    private static final String PUBLISH = "mutation($bookingId: ID!, $apartmentId: ID!, $status: BookingStatus!) {"
            + " publishBookingStatus(bookingId: $bookingId, apartmentId: $apartmentId, status: $status)"
            + " { bookingId apartmentId status updatedAt } }";
    private static final String ON_BOOKING = "subscription { onBookingStatusChanged { bookingId apartmentId status } }";

    private SubscriptionLatency() {
    }

    /** One runtime, durable (a data directory) or in memory, with every function warm before ready. */
    static void measure(Path jar, Path template, int bookings, boolean durable) throws Exception {
        int port = RuntimeBench.freePort();
        Path data = durable ? Files.createTempDirectory("appsync-bench") : null;
        Process runtime = RuntimeBench.start(jar, template, data, port, true);
        HttpClient http = HttpClient.newHttpClient();
        try {
            RuntimeBench.awaitReady(runtime);
            URI endpoint = RuntimeBench.endpoint(port);
            GraphQlClient api = GraphQlClient.discover(endpoint, http);
            int warmUp = Math.max(20, bookings / 20);
            seedApartments(endpoint, warmUp + bookings);

            Map<String, CompletableFuture<Long>> reserved = new ConcurrentHashMap<>();
            try (RealtimeSubscriber subscriber = RealtimeSubscriber.connect(http, api)) {
                subscriber.subscribe("bookings", ON_BOOKING, Map.of(), delivery -> {
                    if (delivery.value().path("status").asText().equals("RESERVED")) {
                        reserved.computeIfAbsent(delivery.value().path("bookingId").asText(),
                                id -> new CompletableFuture<>()).complete(delivery.receivedNanos());
                    }
                });
                List<Double> baseline = new ArrayList<>();
                List<Double> flow = new ArrayList<>();
                for (int i = 0; i < warmUp + bookings; i++) {
                    double publishMillis = publishToDelivery(api, reserved, "baseline-" + i);
                    double bookingMillis = bookingToReserved(api, reserved, "bench-apt-" + i);
                    if (i >= warmUp) {
                        baseline.add(publishMillis);
                        flow.add(bookingMillis);
                    }
                }
                report(bookings, warmUp, baseline, flow, durable);
            }
        } finally {
            RuntimeBench.stop(runtime);
        }
    }

    /** Milliseconds from sending a publish mutation to its subscriber receiving it. */
    private static double publishToDelivery(GraphQlClient api, Map<String, CompletableFuture<Long>> reserved,
            String bookingId) throws Exception {
        CompletableFuture<Long> delivered = reserved.computeIfAbsent(bookingId, id -> new CompletableFuture<>());
        long sent = System.nanoTime();
        JsonNode answer = api.withIam(PUBLISH, Map.of("bookingId", bookingId, "apartmentId", "baseline",
                "status", "RESERVED"));
        check(answer);
        return (delivered.get(30, TimeUnit.SECONDS) - sent) / 1e6;
    }

    /** Milliseconds from requestBooking's answer to the booking's RESERVED reaching the subscriber. */
    private static double bookingToReserved(GraphQlClient api, Map<String, CompletableFuture<Long>> reserved,
            String apartmentId) throws Exception {
        JsonNode answer = api.withApiKey(REQUEST_BOOKING, Map.of("input", Map.of("apartmentId", apartmentId,
                "customerId", "bench-customer", "paymentWindowSeconds", 900,
                "clientToken", UUID.randomUUID().toString())));
        long returned = System.nanoTime();
        check(answer);
        String bookingId = answer.path("data").path("requestBooking").path("id").asText();
        CompletableFuture<Long> delivered = reserved.computeIfAbsent(bookingId, id -> new CompletableFuture<>());
        return (delivered.get(30, TimeUnit.SECONDS) - returned) / 1e6;
    }

    private static void check(JsonNode answer) {
        if (answer.has("errors")) {
            throw new IllegalStateException("GraphQL errors: " + answer.get("errors"));
        }
    }

    private static void seedApartments(URI endpoint, int count) {
        try (DynamoDbClient dynamoDb = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            String table = dynamoDb.listTables().tableNames().stream().filter(name -> name.endsWith("ApartmentsTable"))
                    .findFirst().orElseThrow();
            for (int i = 0; i < count; i++) {
                String id = "bench-apt-" + i;
                dynamoDb.putItem(r -> r.tableName(table).item(Map.of("id", AttributeValue.fromS(id),
                        "name", AttributeValue.fromS("Bench " + id), "status", AttributeValue.fromS("VACANT"))));
            }
        }
    }

    private static void report(int bookings, int warmUp, List<Double> baseline, List<Double> flow,
            boolean durable) {
        System.out.println();
        System.out.printf("Subscription latency, %s, %d bookings one after another after %d unrecorded (ms)%n",
                durable ? "durable" : "in memory", bookings, warmUp);
        System.out.printf("  %-58s %8s %8s %8s%n", "", "p50", "p99", "max");
        line("baseline: publish mutation sent -> subscriber has it", baseline);
        line("requestBooking returned -> RESERVED at the subscriber", flow);
        System.out.printf(Locale.ROOT, "  p50 ratio to baseline: %.1fx, p99 ratio: %.1fx%n",
                percentile(flow, 50) / percentile(baseline, 50), percentile(flow, 99) / percentile(baseline, 99));
    }

    private static void line(String name, List<Double> millis) {
        System.out.printf(Locale.ROOT, "  %-58s %8.1f %8.1f %8.1f%n", name, percentile(millis, 50),
                percentile(millis, 99), percentile(millis, 100));
    }

    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
