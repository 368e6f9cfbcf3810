package com.apartmentbooking.local.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AWS CLI v2 of Debian (2.9.19), which speaks SQS's query protocol, against the runtime: the CLI checks the
 * MD5s of bodies and message attributes itself and fails a command whose digests are wrong.
 */
class SqsQueryCliTest {

    private static final String QUEUE_URL = "http://localhost:4566/" + SqsRuntime.ACCOUNT + "/cli-orders";

    @TempDir
    Path home;

    private SqsRuntime runtime;
    private AwsCliV2 aws;

    @BeforeAll
    static void queryProtocolCli() {
        Assumptions.assumeTrue(AwsCliV2.speaksSqsQuery(), "no AWS CLI v2.9 to 2.12 at /usr/bin/aws");
    }

    @BeforeEach
    void start() {
        runtime = new SqsRuntime(Store.inMemory(), new ControllableClock(SqsRuntime.START));
        aws = new AwsCliV2(runtime.endpoint().toString(), home);
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void createsFindsAndListsQueues() throws Exception {
        JsonNode created = ok(aws.sqs("create-queue", "--queue-name", "cli-orders", "--attributes", "VisibilityTimeout=45"));
        assertEquals(QUEUE_URL, created.path("QueueUrl").asText());
        ok(aws.sqs("create-queue", "--queue-name", "cli-other"));

        assertEquals(QUEUE_URL, ok(aws.sqs("get-queue-url", "--queue-name", "cli-orders")).path("QueueUrl").asText());
        JsonNode listed = ok(aws.sqs("list-queues"));
        assertEquals(Json.WIRE.readTree("[\"" + QUEUE_URL + "\",\"http://localhost:4566/000000000000/cli-other\"]"),
                listed.path("QueueUrls"));
        assertEquals(Json.WIRE.readTree("[\"" + QUEUE_URL + "\"]"),
                ok(aws.sqs("list-queues", "--queue-name-prefix", "cli-o", "--max-items", "1")).path("QueueUrls"));
    }

    @Test
    void sendsReceivesAndDeletesAMessageWithAttributes() throws Exception {
        ok(aws.sqs("create-queue", "--queue-name", "cli-orders"));
        String body = "<order id=\"7\">&amp; Zürich 🏠\r\nnext line</order>";
        JsonNode sent = ok(aws.sqs("send-message", "--queue-url", QUEUE_URL, "--message-body", body,
                "--message-attributes", "{\"count\":{\"DataType\":\"Number\",\"StringValue\":\"3\"},"
                        + "\"note\":{\"DataType\":\"String\",\"StringValue\":\"a<b & c\"},"
                        + "\"raw\":{\"DataType\":\"Binary\",\"BinaryValue\":\"AAH/\"}}"));
        assertEquals(MessageDigests.ofBody(body), sent.path("MD5OfMessageBody").asText());
        assertFalse(sent.path("MD5OfMessageAttributes").asText().isEmpty());

        JsonNode received = ok(aws.sqs("receive-message", "--queue-url", QUEUE_URL, "--attribute-names", "All",
                "--message-attribute-names", "All", "--max-number-of-messages", "10"));
        JsonNode message = received.path("Messages").path(0);
        assertEquals(1, received.path("Messages").size());
        assertEquals(sent.path("MessageId").asText(), message.path("MessageId").asText());
        assertEquals(body, message.path("Body").asText());
        assertEquals(sent.path("MD5OfMessageAttributes").asText(), message.path("MD5OfMessageAttributes").asText());
        assertEquals("1", message.path("Attributes").path("ApproximateReceiveCount").asText());
        assertEquals(Long.toString(SqsRuntime.START.toEpochMilli()), message.path("Attributes").path("SentTimestamp").asText());
        assertEquals(Json.WIRE.readTree("{\"DataType\":\"Number\",\"StringValue\":\"3\"}"),
                message.path("MessageAttributes").path("count"));
        assertEquals("a<b & c", message.path("MessageAttributes").path("note").path("StringValue").asText());
        assertEquals("AAH/", message.path("MessageAttributes").path("raw").path("BinaryValue").asText());
        assertEquals(3, Base64.getDecoder().decode(message.path("MessageAttributes").path("raw").path("BinaryValue").asText()).length);

        AwsCliV2.Result deleted = aws.sqs("delete-message", "--queue-url", QUEUE_URL,
                "--receipt-handle", message.path("ReceiptHandle").asText());
        assertEquals(0, deleted.exitCode(), deleted.stderr());
        assertEquals("", deleted.stdout().trim());
        JsonNode attributes = ok(aws.sqs("get-queue-attributes", "--queue-url", QUEUE_URL, "--attribute-names", "All"))
                .path("Attributes");
        assertEquals("0", attributes.path("ApproximateNumberOfMessages").asText());
        assertEquals("0", attributes.path("ApproximateNumberOfMessagesNotVisible").asText());
        assertEquals("arn:aws:sqs:us-east-1:000000000000:cli-orders", attributes.path("QueueArn").asText());
        assertEquals("30", attributes.path("VisibilityTimeout").asText());
    }

    @Test
    void anEmptyReceivePrintsNothing() throws Exception {
        ok(aws.sqs("create-queue", "--queue-name", "cli-orders"));
        AwsCliV2.Result result = aws.sqs("receive-message", "--queue-url", QUEUE_URL);
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("", result.stdout().trim());
    }

    @Test
    void aMissingQueueIsTheCliErrorOfAwsQueryCode() throws Exception {
        AwsCliV2.Result result = aws.sqs("get-queue-url", "--queue-name", "nowhere");
        assertEquals(254, result.exitCode());
        assertEquals("An error occurred (AWS.SimpleQueueService.NonExistentQueue) when calling the GetQueueUrl "
                + "operation: The specified queue does not exist for this wsdl version.", result.stderr().trim());

        AwsCliV2.Result send = aws.sqs("send-message", "--queue-url", QUEUE_URL, "--message-body", "x");
        assertEquals("An error occurred (AWS.SimpleQueueService.NonExistentQueue) when calling the SendMessage "
                + "operation: The specified queue does not exist for this wsdl version.", send.stderr().trim());
    }

    @Test
    void refusalsAreTheCliErrorsOfTheirCodes() throws Exception {
        ok(aws.sqs("create-queue", "--queue-name", "cli-orders"));
        AwsCliV2.Result exists = aws.sqs("create-queue", "--queue-name", "cli-orders", "--attributes", "DelaySeconds=5");
        assertEquals("An error occurred (QueueAlreadyExists) when calling the CreateQueue operation: A queue already "
                + "exists with the same name and a different value for attribute(s) cli-orders", exists.stderr().trim());
        AwsCliV2.Result tooMany = aws.sqs("receive-message", "--queue-url", QUEUE_URL, "--max-number-of-messages", "11");
        assertEquals("An error occurred (InvalidParameterValue) when calling the ReceiveMessage operation: Value 11 for "
                + "parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.",
                tooMany.stderr().trim());
        AwsCliV2.Result badHandle = aws.sqs("delete-message", "--queue-url", QUEUE_URL, "--receipt-handle", "nope");
        assertTrue(badHandle.stderr().contains("(ReceiptHandleIsInvalid)"), badHandle.stderr());
    }

    private static JsonNode ok(AwsCliV2.Result result) throws Exception {
        assertEquals(0, result.exitCode(), result.stderr());
        return Json.WIRE.readTree(result.stdout());
    }
}
