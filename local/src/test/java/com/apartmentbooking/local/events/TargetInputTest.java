package com.apartmentbooking.local.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.model.InputTransformer;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.model.Message;

/** What a target receives: the event, its Input, InputPath or InputTransformer, as seen in an SQS target. */
class TargetInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DETAIL = "{\"booking\":{\"id\":\"b-1\",\"nights\":3,\"guest\":\"Ann\"},\"tags\":[\"x\"]}";

    private final EventsRuntime runtime = EventsRuntime.inMemory(null);
    private String queue;

    @BeforeEach
    void rule() {
        queue = runtime.queue("inputs");
        runtime.eventBridge().putRule(r -> r.name("bookings").eventPattern("{\"source\":[\"booking\"]}"));
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    private String deliveredTo(Target target) {
        runtime.eventBridge().putTargets(r -> r.rule("bookings").targets(target));
        String id = runtime.eventBridge().putEvents(r -> r.entries(e -> e.source("booking").detailType("Requested")
                .detail(DETAIL))).entries().get(0).eventId();
        List<Message> messages = runtime.drain("inputs");
        assertEquals(1, messages.size());
        return messages.get(0).body().replace(id, "<id>");
    }

    private Target.Builder target() {
        return Target.builder().id("q").arn(queue);
    }

    private Target transformer(Map<String, String> paths, String template) {
        return target().inputTransformer(InputTransformer.builder().inputPathsMap(paths).inputTemplate(template).build()).build();
    }

    @Test
    void constantInput() {
        assertEquals("{\"fixed\": true}", deliveredTo(target().input("{\"fixed\": true}").build()));
    }

    @Test
    void inputPathSelectsPartOfTheEvent() throws Exception {
        assertEquals(JSON.readTree(DETAIL), JSON.readTree(deliveredTo(target().inputPath("$.detail").build())));
        assertEquals("\"b-1\"", deliveredTo(target().inputPath("$.detail.booking.id").build()));
    }

    @Test
    void jsonTemplateQuotesStringsOutsideQuotesAndInsertsTextInside() throws Exception {
        String body = deliveredTo(transformer(Map.of("id", "$.detail.booking.id", "nights", "$.detail.booking.nights",
                        "guest", "$.detail.booking.guest", "booking", "$.detail.booking", "missing", "$.detail.nothing"),
                "{\"id\": <id>, \"nights\": <nights>, \"text\": \"<guest> stays <nights> nights\", \"booking\": <booking>,"
                        + " \"missing\": <missing>, \"in\": \"[<missing>]\", \"object\": \"Booking is <booking>\"}"));
        JsonNode input = JSON.readTree(body);
        assertEquals("b-1", input.get("id").asText());
        assertEquals(3, input.get("nights").asInt());
        assertEquals("Ann stays 3 nights", input.get("text").asText());
        assertEquals("b-1", input.get("booking").get("id").asText());
        assertEquals(true, input.get("missing").isNull());
        assertEquals("[]", input.get("in").asText());
        assertEquals("Booking is {id:b-1,nights:3,guest:Ann}", input.get("object").asText(), "an object in a string loses its quotes");
    }

    @Test
    void textTemplateInsertsValuesAsText() {
        assertEquals("Booking b-1 for 3 nights",
                deliveredTo(transformer(Map.of("id", "$.detail.booking.id", "nights", "$.detail.booking.nights"),
                        "Booking <id> for <nights> nights")));
    }

    @Test
    void quotedStringTemplateStaysAJsonString() throws Exception {
        String body = deliveredTo(transformer(Map.of("id", "$.detail.booking.id"), "\"Booking <id> requested\""));
        assertEquals("Booking b-1 requested", JSON.readTree(body).asText());
    }

    @Test
    void predefinedVariables() throws Exception {
        String body = deliveredTo(transformer(Map.of(), "{\"rule\": <aws.events.rule-name>, \"arn\": \"<aws.events.rule-arn>\","
                + " \"event\": <aws.events.event.json>, \"envelope\": <aws.events.event>, \"at\": <aws.events.event.ingestion-time>}"));
        JsonNode input = JSON.readTree(body);
        assertEquals("bookings", input.get("rule").asText());
        assertEquals("arn:aws:events:us-east-1:000000000000:rule/bookings", input.get("arn").asText());
        assertEquals("Requested", input.get("event").get("detail-type").asText());
        assertEquals("b-1", input.get("event").get("detail").get("booking").get("id").asText());
        assertEquals("Requested", input.get("envelope").get("detail-type").asText());
        assertEquals(false, input.get("envelope").has("detail"), "aws.events.event is the event without its detail");
        assertEquals("2026-03-01T10:00:00Z", input.get("at").asText());
    }
}
