package com.apartmentbooking.local.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.store.Store;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CreateQueue, GetQueueUrl, ListQueues and GetQueueAttributes on the service, with AWS's rules and errors. */
class QueueLifecycleTest {

    private final Store store = Store.inMemory();
    private final ControllableClock clock = new ControllableClock(SqsRuntime.START);
    private final SqsService sqs = LocalSqs.start(store, clock, "us-east-1", "000000000000", "http://localhost:4566").service();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void queueUrlAndArnNameAccountAndRegion() {
        String url = sqs.createQueue("dead-letters", Map.of());
        assertEquals("http://localhost:4566/000000000000/dead-letters", url);
        assertEquals(url, sqs.queueUrl("dead-letters"));
        assertEquals("arn:aws:sqs:us-east-1:000000000000:dead-letters",
                sqs.queueAttributes(url, List.of("QueueArn")).get("QueueArn"));
    }

    @Test
    void creatingAgainWithTheSameAttributesReturnsTheQueueAndWithOthersFails() {
        String url = sqs.createQueue("q", Map.of("VisibilityTimeout", "60"));
        assertEquals(url, sqs.createQueue("q", Map.of("VisibilityTimeout", "60")));
        assertEquals("QueueNameExists",
                assertThrows(SqsException.class, () -> sqs.createQueue("q", Map.of("VisibilityTimeout", "10"))).code());
    }

    @Test
    void namesAreAlphanumericHyphensAndUnderscoresUpTo80() {
        sqs.createQueue("a".repeat(80), Map.of());
        for (String bad : List.of("", "a".repeat(81), "has space", "dot.name")) {
            assertEquals("InvalidParameterValue",
                    assertThrows(SqsException.class, () -> sqs.createQueue(bad, Map.of())).code(), bad);
        }
    }

    @Test
    void unknownAttributesAndOutOfRangeValuesAreRefused() {
        assertEquals("InvalidAttributeName",
                assertThrows(SqsException.class, () -> sqs.createQueue("q", Map.of("Colour", "red"))).code());
        assertEquals("InvalidAttributeValue",
                assertThrows(SqsException.class, () -> sqs.createQueue("q", Map.of("DelaySeconds", "901"))).code());
    }

    @Test
    void attributesHoldStoredValuesDefaultsAndCounts() {
        String policy = "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:dlq\",\"maxReceiveCount\":\"3\"}";
        String url = sqs.createQueue("q", Map.of("MessageRetentionPeriod", "600", "RedrivePolicy", policy));
        sqs.sendMessage(url, "one", null, Map.of());
        sqs.sendMessage(url, "two", null, Map.of());
        sqs.receiveMessages(new ReceiveRequest(url, 1, null, null, List.of(), List.of()));

        Map<String, String> attributes = sqs.queueAttributes(url, List.of("All"));
        assertEquals("30", attributes.get("VisibilityTimeout"));
        assertEquals("600", attributes.get("MessageRetentionPeriod"));
        assertEquals("0", attributes.get("DelaySeconds"));
        assertEquals("0", attributes.get("ReceiveMessageWaitTimeSeconds"));
        assertEquals(policy, attributes.get("RedrivePolicy"));
        assertEquals("1", attributes.get("ApproximateNumberOfMessages"));
        assertEquals("1", attributes.get("ApproximateNumberOfMessagesNotVisible"));
        assertEquals(Long.toString(clock.now().toEpochMilli() / 1000), attributes.get("CreatedTimestamp"));
        assertEquals(Map.of("DelaySeconds", "0"), sqs.queueAttributes(url, List.of("DelaySeconds")));
        assertEquals("InvalidAttributeName",
                assertThrows(SqsException.class, () -> sqs.queueAttributes(url, List.of("Colour"))).code());
    }

    @Test
    void listQueuesFiltersByPrefixAndPages() {
        for (String name : List.of("b-2", "a-1", "b-1", "b-3")) {
            sqs.createQueue(name, Map.of());
        }
        assertEquals(4, sqs.listQueues(null, null, null).queueUrls().size());

        QueueList first = sqs.listQueues("b-", 2, null);
        assertEquals(List.of(url("b-1"), url("b-2")), first.queueUrls());
        QueueList second = sqs.listQueues("b-", 2, first.nextToken());
        assertEquals(List.of(url("b-3")), second.queueUrls());
        assertNull(second.nextToken());
    }

    @Test
    void aMissingQueueIsQueueDoesNotExist() {
        assertEquals("QueueDoesNotExist", assertThrows(SqsException.class, () -> sqs.queueUrl("nope")).code());
        assertEquals("QueueDoesNotExist", assertThrows(SqsException.class,
                () -> sqs.sendMessage(url("nope"), "x", null, Map.of())).code());
    }

    private static String url(String name) {
        return "http://localhost:4566/000000000000/" + name;
    }
}
