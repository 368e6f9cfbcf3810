package com.apartmentbooking.local.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.runtime.LocalRuntime;
import com.apartmentbooking.local.runtime.RuntimeOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime serves the console and answers every call its page makes, sent as the page sends them: executions
 * by status, an execution's definition and history as it waits and once the clock has passed the wait, the
 * tables' items, a dead-letter queue's messages looked at without taking them, and the clock.
 */
class ConsoleApiCallsTest {

    private static final String TEMPLATE = """
            AWSTemplateFormatVersion: "2010-09-09"
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Bookings:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: bookings
                  BillingMode: PAY_PER_REQUEST
                  AttributeDefinitions:
                    - AttributeName: id
                      AttributeType: S
                  KeySchema:
                    - AttributeName: id
                      KeyType: HASH
              DeadLetters:
                Type: AWS::SQS::Queue
                Properties:
                  QueueName: dead-letters
              Hold:
                Type: AWS::Serverless::StateMachine
                Properties:
                  Name: hold
                  Definition:
                    StartAt: Take
                    States:
                      Take:
                        Type: Pass
                        Next: WaitForPayment
                      WaitForPayment:
                        Type: Wait
                        Seconds: 60
                        Next: Done
                      Done:
                        Type: Succeed
            """;

    @TempDir
    static Path directory;

    private static LocalRuntime runtime;
    private static PageCalls page;

    @BeforeAll
    static void start() throws Exception {
        Path template = Files.writeString(directory.resolve("template.yaml"), TEMPLATE);
        runtime = LocalRuntime.start(RuntimeOptions.defaults(template).withPort(0));
        page = new PageCalls(runtime.endpoint());
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void theRuntimeServesTheConsole() throws Exception {
        HttpResponse<String> console = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(runtime.endpoint() + "/console")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, console.statusCode());
        assertEquals("text/html;charset=utf-8", console.headers().firstValue("Content-Type").orElse(null));
    }

    @Test
    void anExecutionIsListedByStatusDrawnFromItsDefinitionAndFollowedPastTheClocksAdvance() throws Exception {
        String machineArn = machineArn("hold");
        String executionArn = page.ok("AWSStepFunctions.StartExecution",
                "{\"stateMachineArn\":\"" + machineArn + "\",\"name\":\"guest-1\",\"input\":\"{\\\"bookingId\\\":\\\"b1\\\"}\"}")
                .get("executionArn").asText();
        awaitState(executionArn, "WaitStateEntered");

        assertEquals(List.of("guest-1"), executionNames(machineArn, "RUNNING"));
        assertEquals(List.of(), executionNames(machineArn, "SUCCEEDED"));
        JsonNode definition = Json.WIRE.readTree(page.ok("AWSStepFunctions.DescribeStateMachineForExecution",
                "{\"executionArn\":\"" + executionArn + "\"}").get("definition").asText());
        assertEquals("Take", definition.get("StartAt").asText());
        assertEquals("Done", definition.at("/States/WaitForPayment/Next").asText());
        List<String> entered = enteredStates(history(executionArn));
        assertEquals(List.of("Take", "WaitForPayment"), entered);
        JsonNode started = history(executionArn).get(0);
        assertEquals("ExecutionStarted", started.get("type").asText());
        assertEquals("{\"bookingId\":\"b1\"}", started.at("/executionStartedEventDetails/input").asText());
        assertTrue(started.get("timestamp").isNumber(), started.toString());

        PageCalls.Answer advanced = page.advanceClock("61");

        assertEquals(200, advanced.status(), advanced.body().toString());
        JsonNode execution = page.ok("AWSStepFunctions.DescribeExecution", "{\"executionArn\":\"" + executionArn + "\"}");
        assertEquals("SUCCEEDED", execution.get("status").asText());
        assertEquals(List.of("guest-1"), executionNames(machineArn, "SUCCEEDED"));
        assertEquals(List.of("Take", "WaitForPayment", "Done"), enteredStates(history(executionArn)));
        JsonNode clock = page.clock().body();
        assertEquals(61.0, clock.get("offsetSeconds").asDouble());
    }

    @Test
    void theTablesAreListedAndScanned() throws Exception {
        page.ok("DynamoDB_20120810.PutItem", "{\"TableName\":\"bookings\",\"Item\":{\"id\":{\"S\":\"b7\"},"
                + "\"status\":{\"S\":\"RESERVED\"},\"paymentWindowSeconds\":{\"N\":\"60\"}}}");

        JsonNode tables = page.ok("DynamoDB_20120810.ListTables", "{}");
        JsonNode scanned = page.ok("DynamoDB_20120810.Scan", "{\"TableName\":\"bookings\"}");

        assertEquals("[\"bookings\"]", tables.get("TableNames").toString());
        assertEquals("[{\"id\":{\"S\":\"b7\"},\"paymentWindowSeconds\":{\"N\":\"60\"},\"status\":{\"S\":\"RESERVED\"}}]",
                Json.WIRE.writeValueAsString(sortedItems(scanned.get("Items"))));
    }

    @Test
    void aDeadLetterIsLookedAtWithoutBeingTaken() throws Exception {
        JsonNode urls = page.ok("AmazonSQS.ListQueues", "{}").get("QueueUrls");
        assertEquals(1, urls.size(), urls.toString());
        String queueUrl = urls.get(0).asText();
        assertTrue(queueUrl.endsWith("/dead-letters"), queueUrl);
        page.ok("AmazonSQS.SendMessage", "{\"QueueUrl\":\"" + queueUrl + "\",\"MessageBody\":\"{\\\"bookingId\\\":\\\"b9\\\"}\","
                + "\"MessageAttributes\":{\"ERROR_CODE\":{\"DataType\":\"String\",\"StringValue\":\"Throttled\"}}}");
        String look = "{\"QueueUrl\":\"" + queueUrl + "\",\"MaxNumberOfMessages\":10,\"VisibilityTimeout\":0,"
                + "\"MessageSystemAttributeNames\":[\"All\"],\"MessageAttributeNames\":[\"All\"]}";

        JsonNode count = page.ok("AmazonSQS.GetQueueAttributes",
                "{\"QueueUrl\":\"" + queueUrl + "\",\"AttributeNames\":[\"ApproximateNumberOfMessages\"]}");
        JsonNode first = page.ok("AmazonSQS.ReceiveMessage", look).get("Messages");
        JsonNode second = page.ok("AmazonSQS.ReceiveMessage", look).get("Messages");

        assertEquals("1", count.at("/Attributes/ApproximateNumberOfMessages").asText());
        assertEquals(1, first.size());
        assertEquals(first.get(0).get("MessageId"), second.get(0).get("MessageId"));
        assertEquals("{\"bookingId\":\"b9\"}", second.get(0).get("Body").asText());
        assertEquals("Throttled", second.get(0).at("/MessageAttributes/ERROR_CODE/StringValue").asText());
        assertEquals("1", first.get(0).at("/Attributes/ApproximateReceiveCount").asText());
        assertEquals("2", second.get(0).at("/Attributes/ApproximateReceiveCount").asText());
        assertTrue(second.get(0).at("/Attributes/SentTimestamp").asText().matches("\\d{13}"), second.toString());
    }

    @Test
    void thePageSignsWithTheRuntimesRegionAndKeyAndAnUnsignedCallIsRefused() throws Exception {
        PageCalls.Answer settings = page.settings();
        HttpResponse<String> unsigned = HttpClient.newHttpClient().send(HttpRequest.newBuilder(runtime.endpoint())
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, settings.status());
        assertEquals("{\"region\":\"us-east-1\",\"accessKeyId\":\"local\",\"secretAccessKey\":\"local\"}",
                settings.body().toString());
        assertEquals(400, unsigned.statusCode());
        assertEquals("{\"__type\":\"com.amazon.coral.service#MissingAuthenticationTokenException\","
                + "\"message\":\"Request is missing Authentication Token\"}", unsigned.body());
    }

    @Test
    void aRefusalReachesThePageInAwsErrorShape() throws Exception {
        PageCalls.Answer missing = page.call("AWSStepFunctions.DescribeExecution",
                "{\"executionArn\":\"arn:aws:states:us-east-1:000000000000:execution:hold:nobody\"}");

        assertEquals(400, missing.status());
        assertEquals("ExecutionDoesNotExist", missing.body().get("__type").asText().replaceAll(".*#", ""));
        assertTrue(missing.body().get("message").asText().contains("nobody"), missing.body().toString());
    }

    private static String machineArn(String name) throws Exception {
        for (JsonNode machine : page.ok("AWSStepFunctions.ListStateMachines", "{}").get("stateMachines")) {
            if (machine.get("name").asText().equals(name)) {
                return machine.get("stateMachineArn").asText();
            }
        }
        throw new AssertionError("No state machine " + name);
    }

    private static List<String> executionNames(String machineArn, String status) throws Exception {
        List<String> names = new ArrayList<>();
        page.ok("AWSStepFunctions.ListExecutions", "{\"stateMachineArn\":\"" + machineArn + "\",\"statusFilter\":\""
                + status + "\"}").get("executions").forEach(execution -> names.add(execution.get("name").asText()));
        return names;
    }

    private static JsonNode history(String executionArn) throws Exception {
        return page.ok("AWSStepFunctions.GetExecutionHistory",
                "{\"executionArn\":\"" + executionArn + "\",\"maxResults\":1000}").get("events");
    }

    private static List<String> enteredStates(JsonNode events) {
        List<String> names = new ArrayList<>();
        events.forEach(event -> {
            if (event.get("type").asText().endsWith("StateEntered")) {
                names.add(event.at("/stateEnteredEventDetails/name").asText());
            }
        });
        return names;
    }

    /** The history reaches the wait in the execution's own thread; bounded by attempts, not by time. */
    private static void awaitState(String executionArn, String eventType) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            for (JsonNode event : history(executionArn)) {
                if (event.get("type").asText().equals(eventType)) {
                    return;
                }
            }
            Thread.sleep(25);
        }
        throw new AssertionError(executionArn + " has no " + eventType + ": " + history(executionArn));
    }

    private static JsonNode sortedItems(JsonNode items) throws Exception {
        // Items' attributes in name order, so the comparison does not depend on how the store orders them.
        return Json.WIRE.readTree(Json.WIRE.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValueAsString(Json.WIRE.treeToValue(items, Object.class)));
    }
}
