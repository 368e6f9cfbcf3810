package com.apartmentbooking.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * EventBridge's dead-letter queue on the stack's own bus: an event a rule cannot deliver lands in the queue the
 * template gives the workflow's rule, with the attributes AWS sets, after the retry policy gave up (retries
 * back off on the runtime's clock, which the test moves on while it waits).
 */
class DeadLetterTest extends StackTest {

    @Test
    void anEventWhoseTargetStateMachineIsGoneEndsInTheDeadLetterQueueWithAwsAttributes() {
        String bus = stack.template.eventBus("BookingBus").name();
        String deadLetterArn = stack.template.queue("WorkflowDeadLetterQueue").arn();
        String missingMachine = stack.stateMachineArn() + "-deleted";
        stack.events.putRule(r -> r.name("to-a-missing-machine").eventBusName(bus)
                .eventPattern("{\"source\":[\"dead-letter.test\"]}"));
        stack.events.putTargets(t -> t.rule("to-a-missing-machine").eventBusName(bus).targets(target -> target
                .id("missing").arn(missingMachine).deadLetterConfig(d -> d.arn(deadLetterArn))
                .retryPolicy(p -> p.maximumRetryAttempts(2).maximumEventAgeInSeconds(60))));

        PutEventsResponse put = stack.events.putEvents(p -> p.entries(e -> e.eventBusName(bus)
                .source("dead-letter.test").detailType("Probe").detail("{\"n\":1}")));
        assertEquals(0, put.failedEntryCount());

        String queueUrl = stack.template.queue("WorkflowDeadLetterQueue").url();
        Message message = receiveOne(queueUrl);
        assertEquals(put.entries().get(0).eventId(), Bookings.json(message.body()).get("id").asText());
        assertEquals("Probe", Bookings.json(message.body()).get("detail-type").asText());
        var attributes = message.messageAttributes();
        assertEquals(missingMachine, attributes.get("TARGET_ARN").stringValue());
        assertTrue(attributes.get("RULE_ARN").stringValue().endsWith("rule/" + bus + "/to-a-missing-machine"),
                attributes.get("RULE_ARN").stringValue());
        assertTrue(attributes.containsKey("ERROR_CODE"), attributes.toString());
        assertTrue(attributes.containsKey("ERROR_MESSAGE"), attributes.toString());
        assertTrue(message.attributes().containsKey(MessageSystemAttributeName.SENT_TIMESTAMP));
        assertEquals("1", stack.sqs.getQueueAttributes(g -> g.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes()
                .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private static Message receiveOne(String queueUrl) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<Message> messages = stack.sqs.receiveMessage(r -> r.queueUrl(queueUrl).waitTimeSeconds(1)
                    .messageAttributeNames("All").messageSystemAttributeNames(MessageSystemAttributeName.ALL))
                    .messages();
            if (!messages.isEmpty()) {
                return messages.get(0);
            }
            new Bookings(stack).advanceClock(Duration.ofSeconds(30));
        }
        throw new AssertionError("nothing reached the dead-letter queue " + queueUrl);
    }
}
