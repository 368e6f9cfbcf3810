package com.apartmentbooking.local.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;
import software.amazon.awssdk.services.sqs.model.Message;

/** PutEvents over the wire: per-entry errors, request limits, and the events as rules route them to SQS. */
class PutEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventsRuntime runtime = EventsRuntime.inMemory(null);

    @AfterEach
    void close() {
        runtime.close();
    }

    private static PutEventsRequestEntry entry(String source, String detailType, String detail) {
        return PutEventsRequestEntry.builder().source(source).detailType(detailType).detail(detail).build();
    }

    private PutEventsResponse put(PutEventsRequestEntry... entries) {
        return runtime.eventBridge().putEvents(r -> r.entries(entries));
    }

    private void route(String rule, String pattern, String target) {
        runtime.eventBridge().putRule(r -> r.name(rule).eventPattern(pattern));
        runtime.eventBridge().putTargets(r -> r.rule(rule).targets(t -> t.id("q").arn(target)));
    }

    @Test
    void eachEntryIsAcceptedOrRefusedOnItsOwn() {
        runtime.eventBridge().createEventBus(r -> r.name("orders"));
        PutEventsResponse response = put(
                entry("shop", "Ordered", "{\"id\":1}"),
                entry(null, "Ordered", "{}"),
                entry("shop", null, "{}"),
                entry("shop", "Ordered", null),
                entry("shop", "Ordered", "{not json"),
                entry("shop", "Ordered", "[1,2]"),
                entry("shop", "Ordered", "{}").toBuilder().eventBusName("nowhere").build(),
                entry("shop", "Ordered", "{}").toBuilder()
                        .eventBusName("arn:aws:events:us-east-1:000000000000:event-bus/orders").build(),
                entry("aws.s3", "Object Created", "{}"));

        assertEquals(7, response.failedEntryCount());
        List<PutEventsResultEntry> results = response.entries();
        assertNotNull(results.get(0).eventId());
        assertNull(results.get(0).errorCode());
        assertFailed(results.get(1), "InvalidArgument", "Parameter Source is not valid. Reason: Source is a required argument.");
        assertFailed(results.get(2), "InvalidArgument",
                "Parameter DetailType is not valid. Reason: DetailType is a required argument.");
        assertFailed(results.get(3), "InvalidArgument", "Parameter Detail is not valid. Reason: Detail is a required argument.");
        assertFailed(results.get(4), "MalformedDetail", "Detail is malformed.");
        assertFailed(results.get(5), "MalformedDetail", "Detail is malformed.");
        assertFailed(results.get(6), "ResourceNotFoundException", "Event bus nowhere does not exist.");
        assertNotNull(results.get(7).eventId());
        assertFailed(results.get(8), "NotAuthorizedForSourceException", "Not authorized for the source.");
    }

    private static void assertFailed(PutEventsResultEntry result, String code, String message) {
        assertNull(result.eventId());
        assertEquals(code, result.errorCode());
        assertEquals(message, result.errorMessage());
    }

    @Test
    void requestsOutsideTheLimitsAreRefusedWhole() {
        EventBridgeException none = assertThrows(EventBridgeException.class, () -> put());
        assertEquals("ValidationException", none.awsErrorDetails().errorCode());
        PutEventsRequestEntry[] eleven = new PutEventsRequestEntry[11];
        Arrays.fill(eleven, entry("shop", "Ordered", "{}"));
        EventBridgeException many = assertThrows(EventBridgeException.class, () -> put(eleven));
        assertEquals("ValidationException", many.awsErrorDetails().errorCode());
        assertTrue(many.awsErrorDetails().errorMessage().contains("Member must have length less than or equal to 10"));
        String big = "{\"x\":\"" + "a".repeat(140_000) + "\"}";
        EventBridgeException tooLarge = assertThrows(EventBridgeException.class,
                () -> put(entry("shop", "Ordered", big), entry("shop", "Ordered", big)));
        assertEquals("ValidationException", tooLarge.awsErrorDetails().errorCode());
        assertEquals("Total size of the entries in the request is over the limit.", tooLarge.awsErrorDetails().errorMessage());
    }

    @Test
    void aMatchedEventReachesTheQueueAsEventBridgeDeliversIt() throws Exception {
        String queue = runtime.queue("all");
        route("orders", "{\"source\":[\"shop\"],\"detail\":{\"total\":[{\"numeric\":[\">\",10]}]}}", queue);

        String id = put(PutEventsRequestEntry.builder().source("shop").detailType("Ordered")
                .detail("{\"total\":12}").resources("arn:aws:s3:::bucket")
                .time(Instant.parse("2026-02-01T08:30:00.700Z")).build()).entries().get(0).eventId();
        put(entry("shop", "Ordered", "{\"total\":5}"), entry("other", "Ordered", "{\"total\":50}"));

        List<Message> messages = runtime.drain("all");
        assertEquals(1, messages.size());
        JsonNode event = JSON.readTree(messages.get(0).body());
        assertEquals("0", event.get("version").asText());
        assertEquals(id, event.get("id").asText());
        assertEquals("Ordered", event.get("detail-type").asText());
        assertEquals("shop", event.get("source").asText());
        assertEquals(EventsRuntime.ACCOUNT, event.get("account").asText());
        assertEquals("2026-02-01T08:30:00Z", event.get("time").asText());
        assertEquals(EventsRuntime.REGION, event.get("region").asText());
        assertEquals("arn:aws:s3:::bucket", event.get("resources").get(0).asText());
        assertEquals(12, event.get("detail").get("total").asInt());
    }

    @Test
    void timeDefaultsToTheRuntimeClock() throws Exception {
        String queue = runtime.queue("all");
        route("all", "{\"source\":[\"shop\"]}", queue);
        put(entry("shop", "Ordered", "{}"));
        JsonNode event = JSON.readTree(runtime.drain("all").get(0).body());
        assertEquals("2026-03-01T10:00:00Z", event.get("time").asText());
    }

    @Test
    void disabledRulesAndOtherBusesDoNotMatch() {
        String queue = runtime.queue("all");
        route("all", "{\"source\":[\"shop\"]}", queue);
        runtime.eventBridge().disableRule(r -> r.name("all"));
        put(entry("shop", "Ordered", "{}"));
        assertEquals(0, runtime.drain("all").size());

        runtime.eventBridge().enableRule(r -> r.name("all"));
        runtime.eventBridge().createEventBus(r -> r.name("orders"));
        put(entry("shop", "Ordered", "{}").toBuilder().eventBusName("orders").build());
        assertEquals(0, runtime.drain("all").size());

        put(entry("shop", "Ordered", "{}"));
        assertEquals(1, runtime.drain("all").size());
    }

    @Test
    void rulesOfACustomBusSeeItsEvents() {
        String queue = runtime.queue("orders");
        runtime.eventBridge().createEventBus(r -> r.name("orders"));
        runtime.eventBridge().putRule(r -> r.name("placed").eventBusName("orders").eventPattern("{\"detail-type\":[\"Placed\"]}"));
        runtime.eventBridge().putTargets(r -> r.rule("placed").eventBusName("orders").targets(t -> t.id("q").arn(queue)));
        put(entry("shop", "Placed", "{}").toBuilder().eventBusName("orders").build(), entry("shop", "Placed", "{}"));
        assertEquals(1, runtime.drain("orders").size());
    }

    @Test
    void concurrentPutEventsAreEachDeliveredOnce() throws Exception {
        String queue = runtime.queue("all");
        route("all", "{\"source\":[\"shop\"]}", queue);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<Future<List<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(callers.submit(() -> put(entry("shop", "Ordered", "{}"), entry("shop", "Ordered", "{}"))
                    .entries().stream().map(PutEventsResultEntry::eventId).toList()));
        }
        Set<String> acknowledged = new HashSet<>();
        for (Future<List<String>> call : calls) {
            acknowledged.addAll(call.get(60, TimeUnit.SECONDS));
        }
        callers.shutdown();
        Set<String> delivered = new HashSet<>();
        List<Message> messages = runtime.drain("all");
        for (Message message : messages) {
            delivered.add(JSON.readTree(message.body()).get("id").asText());
        }
        assertEquals(40, acknowledged.size());
        assertEquals(40, messages.size());
        assertEquals(acknowledged, delivered);
    }

    @Test
    void everyMatchingRuleAndTargetGetsTheEvent() {
        String first = runtime.queue("first");
        String second = runtime.queue("second");
        runtime.eventBridge().putRule(r -> r.name("one").eventPattern("{\"source\":[\"shop\"]}"));
        runtime.eventBridge().putTargets(r -> r.rule("one").targets(t -> t.id("a").arn(first), t -> t.id("b").arn(second)));
        runtime.eventBridge().putRule(r -> r.name("two").eventPattern("{\"detail-type\":[\"Ordered\"]}"));
        runtime.eventBridge().putTargets(r -> r.rule("two").targets(t -> t.id("a").arn(first)));
        put(entry("shop", "Ordered", "{}"));
        assertEquals(2, runtime.drain("first").size());
        assertEquals(1, runtime.drain("second").size());
    }
}
