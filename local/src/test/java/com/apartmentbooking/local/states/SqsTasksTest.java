package com.apartmentbooking.local.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidOutputException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;
import software.amazon.awssdk.services.sqs.model.Message;

/** Task states that send to the real SQS, and task tokens answered through the Step Functions API. */
class SqsTasksTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CALLBACK = """
            {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
              "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters": {"QueueUrl.$": "$.queueUrl", "MessageBody": {"token.$": "$$.Task.Token", "ask.$": "$.ask"}},
              "End": true}}}""";

    private final StatesRuntime runtime = new StatesRuntime();
    private String queueUrl;

    @BeforeEach
    void queue() {
        queueUrl = runtime.sqsClient.createQueue(b -> b.queueName("requests")).queueUrl();
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void sendsAMessage() throws Exception {
        String machine = runtime.createMachine("Send", """
                {"StartAt": "Send", "States": {"Send": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                  "Parameters": {"QueueUrl.$": "$.queueUrl", "MessageBody": {"hello": "world"}}, "End": true}}}""");
        DescribeExecutionResponse ended = runtime.awaitEnd(runtime.start(machine, "send", input("")));

        assertEquals(ExecutionStatus.SUCCEEDED, ended.status());
        JsonNode output = MAPPER.readTree(ended.output());
        Message message = receiveOne();
        assertEquals("{\"hello\":\"world\"}", message.body());
        assertEquals(message.messageId(), output.get("MessageId").asText());
        assertEquals(message.md5OfBody(), output.get("MD5OfMessageBody").asText());
    }

    @Test
    void aTaskTokenSentBackCompletesTheTaskOnce() throws Exception {
        String machine = runtime.createMachine("Callback", CALLBACK);
        String arn = runtime.start(machine, "callback", input("pay"));
        runtime.awaitEvent(arn, HistoryEventType.TASK_SUBMITTED);
        JsonNode body = MAPPER.readTree(receiveOne().body());
        assertEquals("pay", body.get("ask").asText());
        String token = body.get("token").asText();

        assertThrows(InvalidOutputException.class, () -> runtime.sfn.sendTaskSuccess(b -> b.taskToken(token)
                .output("{broken")));
        runtime.sfn.sendTaskHeartbeat(b -> b.taskToken(token));
        runtime.sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"paid\": true}"));

        DescribeExecutionResponse ended = runtime.awaitEnd(arn);
        assertEquals(ExecutionStatus.SUCCEEDED, ended.status());
        assertEquals("{\"paid\":true}", ended.output());
        TaskTimedOutException again = assertThrows(TaskTimedOutException.class,
                () -> runtime.sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}")));
        assertEquals("Task Timed Out: 'Provided task does not exist anymore'", again.awsErrorDetails().errorMessage());
        assertThrows(InvalidTokenException.class, () -> runtime.sfn.sendTaskSuccess(b -> b.taskToken("not a token")
                .output("{}")));
    }

    @Test
    void aTaskFailureSentBackFailsTheTask() throws Exception {
        String machine = runtime.createMachine("Callback", CALLBACK);
        String arn = runtime.start(machine, "refused", input("pay"));
        runtime.awaitEvent(arn, HistoryEventType.TASK_SUBMITTED);
        String token = MAPPER.readTree(receiveOne().body()).get("token").asText();

        runtime.sfn.sendTaskFailure(b -> b.taskToken(token).error("Payment.Declined").cause("card expired"));

        DescribeExecutionResponse ended = runtime.awaitEnd(arn);
        assertEquals(ExecutionStatus.FAILED, ended.status());
        assertEquals("Payment.Declined", ended.error());
        assertEquals("card expired", ended.cause());
    }

    @Test
    void anUnknownQueueFailsTheTaskWithItsSqsErrorName() {
        String machine = runtime.createMachine("Callback", CALLBACK);
        DescribeExecutionResponse ended = runtime.awaitEnd(runtime.start(machine, "lost",
                "{\"queueUrl\": \"http://localhost:4566/000000000000/missing\", \"ask\": \"x\"}"));

        assertEquals(ExecutionStatus.FAILED, ended.status());
        assertEquals("SQS.QueueDoesNotExistException", ended.error());
        assertTrue(ended.cause().contains("(Service: AmazonSQS; Status Code: 400; Error Code: QueueDoesNotExist;"),
                ended.cause());
    }

    private String input(String ask) {
        return "{\"queueUrl\": \"" + queueUrl + "\", \"ask\": \"" + ask + "\"}";
    }

    private Message receiveOne() {
        List<Message> messages = runtime.sqsClient.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(1))
                .messages();
        assertEquals(1, messages.size());
        return messages.get(0);
    }
}
