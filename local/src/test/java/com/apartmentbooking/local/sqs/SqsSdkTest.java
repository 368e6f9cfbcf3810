package com.apartmentbooking.local.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.store.Store;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ListQueuesResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.QueueNameExistsException;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * Every operation through the real {@link SqsClient}: the SDK checks the MD5s of bodies and attributes on send
 * and receive, so a wrong digest fails these tests, and it maps error codes to its exception types.
 */
class SqsSdkTest {

    private final ControllableClock clock = new ControllableClock(SqsRuntime.START);
    private final SqsRuntime runtime = new SqsRuntime(Store.inMemory(), clock);
    private final SqsClient sqs = runtime.client();

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void createGetAndListQueues() {
        String url = sqs.createQueue(r -> r.queueName("orders-dlq").attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "45")))
                .queueUrl();
        assertEquals("http://localhost:4566/000000000000/orders-dlq", url);
        assertEquals(url, sqs.createQueue(r -> r.queueName("orders-dlq")
                .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "45"))).queueUrl());
        assertThrows(QueueNameExistsException.class, () -> sqs.createQueue(r -> r.queueName("orders-dlq")));
        assertEquals(url, sqs.getQueueUrl(r -> r.queueName("orders-dlq")).queueUrl());
        sqs.createQueue(r -> r.queueName("other"));

        assertEquals(List.of(url), sqs.listQueues(r -> r.queueNamePrefix("orders")).queueUrls());
        ListQueuesResponse page = sqs.listQueues(r -> r.maxResults(1));
        assertEquals(List.of(url), page.queueUrls());
        ListQueuesResponse last = sqs.listQueues(r -> r.maxResults(1).nextToken(page.nextToken()));
        assertEquals(List.of("http://localhost:4566/000000000000/other"), last.queueUrls());
        assertNull(last.nextToken());
    }

    @Test
    void aMissingQueueIsTheSdksQueueDoesNotExistException() {
        assertThrows(QueueDoesNotExistException.class, () -> sqs.getQueueUrl(r -> r.queueName("missing")));
        assertThrows(QueueDoesNotExistException.class, () -> sqs.sendMessage(r -> r
                .queueUrl("http://localhost:4566/000000000000/missing").messageBody("x")));
    }

    @Test
    void attributesOfEveryTypeSurviveWithChecksumsTheSdkAccepts() {
        String url = sqs.createQueue(r -> r.queueName("q")).queueUrl();
        Map<String, MessageAttributeValue> attributes = Map.of(
                "text", MessageAttributeValue.builder().dataType("String").stringValue("héllo").build(),
                "count", MessageAttributeValue.builder().dataType("Number.int").stringValue("42").build(),
                "blob", MessageAttributeValue.builder().dataType("Binary").binaryValue(SdkBytes.fromUtf8String("\u0000\u0001")).build());
        SendMessageResponse sent = sqs.sendMessage(r -> r.queueUrl(url).messageBody("{\"ünicode\":true}").messageAttributes(attributes));

        Message received = sqs.receiveMessage(r -> r.queueUrl(url).messageAttributeNames("All")).messages().get(0);
        assertEquals(sent.messageId(), received.messageId());
        assertEquals("{\"ünicode\":true}", received.body());
        assertEquals(sent.md5OfMessageBody(), received.md5OfBody());
        assertEquals(sent.md5OfMessageAttributes(), received.md5OfMessageAttributes());
        assertEquals(attributes, received.messageAttributes());
    }

    @Test
    void attributeNamesOutsideSqsRulesAreRefusedAndNothingIsSent() {
        String url = sqs.createQueue(r -> r.queueName("names")).queueUrl();
        Map<String, String> refusals = Map.of(
                "n".repeat(256), "Message (user) attribute names must be shorter than 256 Bytes",
                "with space", "Message (user) attributes name can only contain upper and lower score characters, "
                        + "digits, periods, hyphens and underscores. ",
                "AWS.trace", "You can't use message attribute names beginning with 'AWS.' or 'Amazon.'. These strings "
                        + "are reserved for internal use. Additionally, they cannot start or end with '.'.",
                "trailing.", "You can't use message attribute names beginning with 'AWS.' or 'Amazon.'. These strings "
                        + "are reserved for internal use. Additionally, they cannot start or end with '.'.");

        refusals.forEach((name, message) -> {
            SqsException refused = assertThrows(SqsException.class, () -> sqs.sendMessage(r -> r.queueUrl(url)
                    .messageBody("x").messageAttributes(Map.of(name, MessageAttributeValue.builder()
                            .dataType("String").stringValue("v").build()))));
            assertEquals("InvalidParameterValue", refused.awsErrorDetails().errorCode(), name);
            assertEquals(message, refused.awsErrorDetails().errorMessage(), name);
        });
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("x").messageAttributes(Map.of("n".repeat(255),
                MessageAttributeValue.builder().dataType("String").stringValue("v").build(), "a.b-c_D9",
                MessageAttributeValue.builder().dataType("String").stringValue("v").build())));

        assertEquals(1, sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages().size());
    }

    @Test
    void aReceivedMessageIsRedeliveredAfterItsVisibilityTimeout() {
        String url = sqs.createQueue(r -> r.queueName("q")).queueUrl();
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("work"));

        Message first = sqs.receiveMessage(r -> r.queueUrl(url).visibilityTimeout(10)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages().get(0);
        assertEquals("1", first.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
        assertEquals(Long.toString(clock.now().toEpochMilli()), first.attributes().get(MessageSystemAttributeName.SENT_TIMESTAMP));
        assertEquals("1", sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributesAsStrings()
                .get("ApproximateNumberOfMessagesNotVisible"));
        assertFalse(sqs.receiveMessage(r -> r.queueUrl(url)).hasMessages());

        clock.advance(Duration.ofSeconds(10));
        Message second = sqs.receiveMessage(r -> r.queueUrl(url)
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages().get(0);
        assertEquals(first.messageId(), second.messageId());
        assertEquals("2", second.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));

        sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(second.receiptHandle()));
        clock.advance(Duration.ofMinutes(5));
        assertFalse(sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).hasMessages());
    }

    @Test
    void queueAttributesIncludeTheStoredAndTheComputedOnes() {
        String url = sqs.createQueue(r -> r.queueName("q").attributes(Map.of(
                QueueAttributeName.DELAY_SECONDS, "5", QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS, "1"))).queueUrl();
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("delayed"));
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("now").delaySeconds(0));

        Map<QueueAttributeName, String> attributes =
                sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.ALL)).attributes();
        assertEquals("arn:aws:sqs:us-east-1:000000000000:q", attributes.get(QueueAttributeName.QUEUE_ARN));
        assertEquals("5", attributes.get(QueueAttributeName.DELAY_SECONDS));
        assertEquals("1", attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
        assertEquals("1", attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED));
        assertEquals("30", attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT));
        assertTrue(attributes.containsKey(QueueAttributeName.CREATED_TIMESTAMP));
    }

    @Test
    void anEmptyQueueAnswersAnEmptyReceiveAfterTheWait() {
        String url = sqs.createQueue(r -> r.queueName("q")).queueUrl();
        long start = System.nanoTime();
        assertFalse(sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(1)).hasMessages());
        assertTrue(System.nanoTime() - start >= 900_000_000L);
    }
}
