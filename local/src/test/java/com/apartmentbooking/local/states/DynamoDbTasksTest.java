package com.apartmentbooking.local.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/** Task states that call the real DynamoDB, optimized and AWS SDK integrations, in workflow-like definitions. */
class DynamoDbTasksTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String HOLD = """
            {"QueryLanguage": "JSONata", "StartAt": "Reserve", "States": {
              "Reserve": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:updateItem",
                "Arguments": {"TableName": "Apartments", "Key": {"id": {"S": "{% $states.input.apartmentId %}"}},
                  "ConditionExpression": "#status = :vacant",
                  "UpdateExpression": "SET #status = :reserved, #bookingId = :bookingId",
                  "ExpressionAttributeNames": {"#status": "status", "#bookingId": "bookingId"},
                  "ExpressionAttributeValues": {":vacant": {"S": "VACANT"}, ":reserved": {"S": "RESERVED"},
                    ":bookingId": {"S": "{% $states.input.bookingId %}"}},
                  "ReturnValues": "UPDATED_NEW"},
                "Assign": {"apartmentId": "{% $states.input.apartmentId %}"},
                "Output": "{% $states.result.Attributes %}",
                "Catch": [{"ErrorEquals": ["DynamoDB.ConditionalCheckFailedException"], "Next": "Rejected",
                           "Output": "{% $states.errorOutput %}"}],
                "Next": "PaymentWindow"},
              "PaymentWindow": {"Type": "Wait", "Seconds": 900, "Next": "Read"},
              "Read": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:dynamodb:getItem",
                "Arguments": {"TableName": "Apartments", "Key": {"id": {"S": "{% $apartmentId %}"}},
                  "ConsistentRead": true},
                "Output": "{% $states.result.Item.status.S %}",
                "End": true},
              "Rejected": {"Type": "Pass", "End": true}}}""";

    private final StatesRuntime runtime = new StatesRuntime();

    @BeforeEach
    void table() {
        runtime.dynamoDbClient.createTable(b -> b.tableName("Apartments").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(d -> d.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        put("a1", "VACANT");
        put("a2", "PAID");
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void reservesWaitsAndReadsBack() throws Exception {
        String machine = runtime.createMachine("Hold", HOLD);
        String arn = runtime.start(machine, "b1", "{\"apartmentId\": \"a1\", \"bookingId\": \"b1\"}");
        runtime.awaitEvent(arn, HistoryEventType.WAIT_STATE_ENTERED);

        assertEquals("RESERVED", status("a1"));
        assertEquals(ExecutionStatus.RUNNING, runtime.sfn.describeExecution(b -> b.executionArn(arn)).status());
        runtime.clock.advance(Duration.ofSeconds(900));

        DescribeExecutionResponse ended = runtime.awaitEnd(arn);
        assertEquals(ExecutionStatus.SUCCEEDED, ended.status());
        assertEquals("\"RESERVED\"", ended.output());
        List<HistoryEvent> history = runtime.history(arn);
        HistoryEvent scheduled = history.stream().filter(event -> event.type() == HistoryEventType.TASK_SCHEDULED)
                .toList().get(1);
        assertEquals("aws-sdk:dynamodb", scheduled.taskScheduledEventDetails().resourceType());
        assertEquals("getItem", scheduled.taskScheduledEventDetails().resource());
        JsonNode reserved = MAPPER.readTree(history.stream()
                .filter(event -> event.type() == HistoryEventType.TASK_SUCCEEDED).findFirst().orElseThrow()
                .taskSucceededEventDetails().output());
        assertEquals("b1", reserved.at("/Attributes/bookingId/S").asText());
        assertEquals(200, reserved.at("/SdkHttpMetadata/HttpStatusCode").asInt());
    }

    @Test
    void aFailedConditionIsCaughtByItsDynamoDbErrorName() throws Exception {
        String machine = runtime.createMachine("Hold", HOLD);
        String arn = runtime.start(machine, "b2", "{\"apartmentId\": \"a2\", \"bookingId\": \"b2\"}");

        DescribeExecutionResponse ended = runtime.awaitEnd(arn);

        assertEquals(ExecutionStatus.SUCCEEDED, ended.status());
        JsonNode caught = MAPPER.readTree(ended.output());
        assertEquals("DynamoDB.ConditionalCheckFailedException", caught.get("Error").asText());
        assertTrue(caught.get("Cause").asText().startsWith("The conditional request failed (Service: AmazonDynamoDBv2; "
                + "Status Code: 400; Error Code: ConditionalCheckFailedException; Request ID: "), caught.toString());
        assertEquals("PAID", status("a2"));
    }

    @Test
    void anOptimizedGetItemAnswersTheItemWithItsMetadataAndItsErrorsByDynamoDbName() throws Exception {
        String machine = runtime.createMachine("Look", """
                {"StartAt": "Get", "States": {
                  "Get": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem",
                    "Parameters": {"TableName.$": "$.table", "Key": {"id": {"S.$": "$.id"}}},
                    "ResultPath": "$.got",
                    "Catch": [{"ErrorEquals": ["DynamoDB.ResourceNotFoundException"], "ResultPath": "$.error",
                               "Next": "Missing"}],
                    "Next": "Check"},
                  "Check": {"Type": "Choice", "Choices": [{"Variable": "$.got.Item.status.S",
                    "StringEquals": "PAID", "Next": "Paid"}], "Default": "Other"},
                  "Paid": {"Type": "Pass", "Result": "paid", "ResultPath": "$.verdict", "End": true},
                  "Other": {"Type": "Fail", "Error": "NotPaid"},
                  "Missing": {"Type": "Pass", "End": true}}}""");

        DescribeExecutionResponse paid = runtime.awaitEnd(runtime.start(machine, "paid",
                "{\"table\": \"Apartments\", \"id\": \"a2\"}"));
        DescribeExecutionResponse missing = runtime.awaitEnd(runtime.start(machine, "missing",
                "{\"table\": \"NoSuchTable\", \"id\": \"a2\"}"));

        assertEquals(ExecutionStatus.SUCCEEDED, paid.status());
        JsonNode output = MAPPER.readTree(paid.output());
        assertEquals("paid", output.get("verdict").asText());
        assertEquals("a2", output.at("/got/Item/id/S").asText());
        assertEquals(200, output.at("/got/SdkHttpMetadata/HttpStatusCode").asInt());
        assertEquals(output.at("/got/SdkResponseMetadata/RequestId"),
                output.at("/got/SdkHttpMetadata/HttpHeaders/x-amzn-RequestId"));
        assertEquals(ExecutionStatus.SUCCEEDED, missing.status());
        assertEquals("DynamoDB.ResourceNotFoundException",
                MAPPER.readTree(missing.output()).at("/error/Error").asText());
        assertEquals("PAID", status("a2"));
    }

    @Test
    void awsSdkErrorsAreNamedAfterTheSdkService() throws Exception {
        String machine = runtime.createMachine("Missing", """
                {"StartAt": "Get", "States": {"Get": {"Type": "Task",
                  "Resource": "arn:aws:states:::aws-sdk:dynamodb:getItem",
                  "Parameters": {"TableName": "NoSuchTable", "Key": {"id": {"S": "x"}}}, "End": true}}}""");
        DescribeExecutionResponse ended = runtime.awaitEnd(runtime.start(machine, "missing", "{}"));

        assertEquals(ExecutionStatus.FAILED, ended.status());
        assertEquals("DynamoDb.ResourceNotFoundException", ended.error());
        assertTrue(ended.cause().contains("(Service: DynamoDb, Status Code: 400, Request ID: "), ended.cause());
    }

    @Test
    void anAwsSdkTransactionCancelledByItsConditionCheckIsTransactionCanceledAndWritesNothing() {
        String machine = runtime.createMachine("CheckedHold", """
                {"QueryLanguage": "JSONata", "StartAt": "Hold", "States": {"Hold": {"Type": "Task",
                  "Resource": "arn:aws:states:::aws-sdk:dynamodb:transactWriteItems",
                  "Arguments": {"TransactItems": [
                    {"ConditionCheck": {"TableName": "Apartments", "Key": {"id": {"S": "{% $states.input.checked %}"}},
                      "ConditionExpression": "#status = :vacant", "ExpressionAttributeNames": {"#status": "status"},
                      "ExpressionAttributeValues": {":vacant": {"S": "VACANT"}}}},
                    {"Update": {"TableName": "Apartments", "Key": {"id": {"S": "a1"}},
                      "ConditionExpression": "#status = :vacant", "UpdateExpression": "SET #status = :reserved",
                      "ExpressionAttributeNames": {"#status": "status"},
                      "ExpressionAttributeValues": {":vacant": {"S": "VACANT"}, ":reserved": {"S": "RESERVED"}}}}]},
                  "End": true}}}""");
        runtime.dynamoDbClient.putItem(b -> b.tableName("Apartments").item(Map.of(
                "id", AttributeValue.fromS("a3"), "status", AttributeValue.fromS("VACANT"))));

        DescribeExecutionResponse refused = runtime.awaitEnd(runtime.start(machine, "refused", """
                {"checked": "a2"}"""));

        assertEquals(ExecutionStatus.FAILED, refused.status());
        assertEquals("DynamoDb.TransactionCanceledException", refused.error());
        assertTrue(refused.cause().startsWith("Transaction cancelled, please refer cancellation reasons for specific "
                + "reasons [ConditionalCheckFailed, None] (Service: DynamoDb, Status Code: 400, Request ID: "),
                refused.cause());
        assertEquals("VACANT", status("a1"));

        DescribeExecutionResponse held = runtime.awaitEnd(runtime.start(machine, "held", """
                {"checked": "a3"}"""));

        assertEquals(ExecutionStatus.SUCCEEDED, held.status());
        assertEquals("RESERVED", status("a1"));
    }

    private void put(String id, String status) {
        runtime.dynamoDbClient.putItem(b -> b.tableName("Apartments").item(Map.of(
                "id", AttributeValue.fromS(id), "status", AttributeValue.fromS(status))));
    }

    private String status(String id) {
        return runtime.dynamoDbClient.getItem(b -> b.tableName("Apartments").consistentRead(true)
                .key(Map.of("id", AttributeValue.fromS(id)))).item().get("status").s();
    }
}
