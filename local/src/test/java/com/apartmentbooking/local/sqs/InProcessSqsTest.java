package com.apartmentbooking.local.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SQS as Step Functions, EventBridge and Lambda call it: by JSON request or by queue ARN, refusals as SqsException. */
class InProcessSqsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARN = "arn:aws:sqs:us-east-1:000000000000:q";

    private final Store store = Store.inMemory();
    private final LocalSqs local = LocalSqs.start(store, new ControllableClock(SqsRuntime.START), "us-east-1", "000000000000",
            "http://localhost:4566");
    private final SqsApi sqs = local.api();
    private final String url = local.service().createQueue("q", Map.of());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aMessageSentByQueueArnArrivesWithItsAttributes() {
        String messageId = sqs.sendMessage(ARN, "hello",
                Map.of("ERROR_CODE", new MessageAttribute("String", "X", null)));

        ReceivedMessage received = receiveOne();
        assertEquals(messageId, received.messageId());
        assertEquals("hello", received.body());
        assertEquals("X", received.attributes().get("ERROR_CODE").stringValue());
    }

    @Test
    void aJsonRequestIsAnsweredAsTheWireAnswersIt() throws Exception {
        JsonNode response = sqs.sendMessage(JSON.readTree("{\"QueueUrl\": \"" + url + "\", \"MessageBody\": \"hi\"}"));

        assertEquals(receiveOne().messageId(), response.get("MessageId").asText());
        assertEquals(MessageDigests.ofBody("hi"), response.get("MD5OfMessageBody").asText());
    }

    @Test
    void refusalsAreSqsErrorsWithTheWiresCodes() {
        assertEquals("QueueDoesNotExist", assertThrows(SqsException.class,
                () -> sqs.sendMessage(ARN + "-missing", "hello", Map.of())).code());
        SqsException invalid = assertThrows(SqsException.class, () -> sqs.sendMessage(JSON.readTree(
                "{\"QueueUrl\": \"" + url + "\", \"MessageBody\": \"hi\", \"DelaySeconds\": 901}")));
        assertEquals("InvalidParameterValue", invalid.code());
        assertEquals(400, invalid.status());
    }

    private ReceivedMessage receiveOne() {
        List<ReceivedMessage> messages = local.service().receiveMessages(
                new ReceiveRequest(url, 10, null, 0, List.of(), List.of("All")));
        assertEquals(1, messages.size());
        return messages.get(0);
    }
}
