package com.apartmentbooking.local.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.states.StatesException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Targets that fail: retried with backoff on the runtime's clock while the error is retryable, then (or at once
 * for an error retrying cannot fix) sent to the dead-letter queue with EventBridge's attributes.
 */
class DeliveryFailuresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STATE_MACHINE = "arn:aws:states:us-east-1:000000000000:stateMachine:Booking";
    private static final String RULE_ARN = "arn:aws:events:us-east-1:000000000000:rule/bookings";

    private final StepFunctionsDouble stepFunctions = new StepFunctionsDouble();
    private final EventsRuntime runtime = EventsRuntime.inMemory(stepFunctions);
    private final String deadLetters = runtime.queue("dead-letters");

    @AfterEach
    void close() {
        runtime.close();
    }

    private void target(Target.Builder target) {
        runtime.eventBridge().putRule(r -> r.name("bookings").eventPattern("{\"source\":[\"booking\"]}"));
        runtime.eventBridge().putTargets(r -> r.rule("bookings").targets(target.id("t")
                .deadLetterConfig(d -> d.arn(deadLetters)).build()));
    }

    private String putEvent() {
        return runtime.eventBridge().putEvents(r -> r.entries(e -> e.source("booking").detailType("Requested")
                .detail("{\"id\":\"b-1\"}"))).entries().get(0).eventId();
    }

    private static Map<String, String> attributes(Message message) {
        Map<String, String> attributes = new TreeMap<>();
        for (Map.Entry<String, MessageAttributeValue> entry : message.messageAttributes().entrySet()) {
            attributes.put(entry.getKey(), entry.getValue().stringValue());
        }
        return attributes;
    }

    @Test
    void aQueueThatDoesNotExistIsDeadLetteredWithoutRetrying() throws Exception {
        String missing = "arn:aws:sqs:us-east-1:000000000000:missing";
        target(Target.builder().arn(missing).inputPath("$.detail"));
        String id = putEvent();

        List<Message> dead = runtime.drain("dead-letters");
        assertEquals(1, dead.size());
        JsonNode event = JSON.readTree(dead.get(0).body());
        assertEquals(id, event.get("id").asText(), "the original event, not the transformed input");
        assertEquals("b-1", event.get("detail").get("id").asText());
        Map<String, String> attributes = attributes(dead.get(0));
        assertEquals(RULE_ARN, attributes.get("RULE_ARN"));
        assertEquals(missing, attributes.get("TARGET_ARN"));
        assertEquals("NO_RESOURCE", attributes.get("ERROR_CODE"));
        assertTrue(attributes.get("ERROR_MESSAGE").contains("QueueDoesNotExist"), attributes.get("ERROR_MESSAGE"));
        assertEquals("0", attributes.get("RETRY_ATTEMPTS"));
        assertFalse(attributes.containsKey("EXHAUSTED_RETRY_CONDITION"));
    }

    @Test
    void aFailingTargetIsRetriedAsTheClockMovesThenDeadLettered() {
        stepFunctions.failWith(new StatesException(500, "ServiceUnavailable", "Try again"));
        target(Target.builder().arn(STATE_MACHINE).retryPolicy(p -> p.maximumRetryAttempts(3).maximumEventAgeInSeconds(3600)));
        putEvent();

        assertEquals(0, runtime.drain("dead-letters").size());
        assertEquals(1, stepFunctions.calls(), "the first attempt, before any time passes");

        runtime.clock().advance(Duration.ofMinutes(1));
        List<Message> dead = runtime.drain("dead-letters");
        assertEquals(4, stepFunctions.calls(), "the first attempt and three retries");
        assertEquals(1, dead.size());
        Map<String, String> attributes = attributes(dead.get(0));
        assertEquals(STATE_MACHINE, attributes.get("TARGET_ARN"));
        assertEquals("INTERNAL_ERROR", attributes.get("ERROR_CODE"));
        assertEquals("ServiceUnavailable: Try again", attributes.get("ERROR_MESSAGE"));
        assertEquals("MaximumRetryAttempts", attributes.get("EXHAUSTED_RETRY_CONDITION"));
        assertEquals("3", attributes.get("RETRY_ATTEMPTS"));
    }

    @Test
    void retriesStopAtTheMaximumEventAge() {
        stepFunctions.failWith(new StatesException(400, "ThrottlingException", "Rate exceeded"));
        target(Target.builder().arn(STATE_MACHINE).retryPolicy(p -> p.maximumEventAgeInSeconds(60)));
        putEvent();

        runtime.clock().advance(Duration.ofSeconds(59));
        assertEquals(0, runtime.drain("dead-letters").size());
        assertTrue(stepFunctions.calls() > 1, "retried within the minute: " + stepFunctions.calls());

        // Jitter may put one more retry in the last second, so the attempts are counted once the event expired.
        runtime.clock().advance(Duration.ofSeconds(1));
        List<Message> dead = runtime.drain("dead-letters");
        int calls = stepFunctions.calls();
        assertEquals(1, dead.size());
        Map<String, String> attributes = attributes(dead.get(0));
        assertEquals("THROTTLING", attributes.get("ERROR_CODE"));
        assertEquals("MaximumEventAgeInSeconds", attributes.get("EXHAUSTED_RETRY_CONDITION"));
        assertEquals(Integer.toString(calls - 1), attributes.get("RETRY_ATTEMPTS"));

        runtime.clock().advance(Duration.ofHours(1));
        assertEquals(calls, stepFunctions.calls(), "no attempts after the event expired");
    }

    @Test
    void aTargetThatRecoversGetsTheEventOnce() {
        stepFunctions.failWith(new StatesException(500, "InternalFailure", "Down"));
        target(Target.builder().arn(STATE_MACHINE).inputPath("$.detail"));
        putEvent();
        runtime.clock().advance(Duration.ofSeconds(5));
        stepFunctions.failWith(null);
        runtime.clock().advance(Duration.ofMinutes(10));

        assertEquals(1, stepFunctions.started().size());
        JsonNode request = stepFunctions.started().get(0);
        assertEquals(STATE_MACHINE, request.get("stateMachineArn").asText());
        assertEquals("{\"id\":\"b-1\"}", request.get("input").asText());
        assertFalse(request.has("name"), "Step Functions names the execution");
        assertEquals(0, runtime.drain("dead-letters").size());
    }

    @Test
    void aStateMachineThatDoesNotExistIsNotRetried() {
        stepFunctions.failWith(new StatesException(400, "StateMachineDoesNotExist", "State Machine Does Not Exist"));
        target(Target.builder().arn(STATE_MACHINE));
        putEvent();
        List<Message> dead = runtime.drain("dead-letters");
        assertEquals(1, dead.size());
        assertEquals("NO_RESOURCE", attributes(dead.get(0)).get("ERROR_CODE"));
        assertEquals(1, stepFunctions.calls());
    }

    @Test
    void withoutADeadLetterQueueAFailedEventIsDropped() {
        stepFunctions.failWith(new StatesException(400, "StateMachineDoesNotExist", "State Machine Does Not Exist"));
        runtime.eventBridge().putRule(r -> r.name("bookings").eventPattern("{\"source\":[\"booking\"]}"));
        runtime.eventBridge().putTargets(r -> r.rule("bookings").targets(t -> t.id("t").arn(STATE_MACHINE)));
        putEvent();
        runtime.clock().advance(Duration.ofHours(1));
        assertEquals(1, stepFunctions.calls());
        assertEquals(0, runtime.drain("dead-letters").size());
    }
}
