package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.lambda.fixtures.StreamHandler;
import com.apartmentbooking.local.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/** A DynamoDB stream event source mapping: order, partial batch failures, and the OnFailure destination. */
class StreamMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path records;
    private static LambdaRuntime runtime;
    private static String streamArn;
    private static String failureQueueUrl;

    @BeforeAll
    static void start() {
        runtime = new LambdaRuntime(Store.inMemory(), 2);
        streamArn = StreamFixture.createTable(runtime.dynamoDbClient, "Apartments");
        failureQueueUrl = runtime.sqsClient.createQueue(b -> b.queueName("projector-failures")).queueUrl();
        String failureQueueArn = runtime.sqs.service().arn("projector-failures");
        String ageingArn = StreamFixture.createTable(runtime.dynamoDbClient, "Bookings");
        runtime.createFunction("projector", StreamHandler.class, 10, Map.of("RECORD_DIR", records.toString()));
        runtime.lambdaClient.createEventSourceMapping(b -> b.functionName("projector").eventSourceArn(streamArn)
                .startingPosition("TRIM_HORIZON").batchSize(10).functionResponseTypesWithStrings("ReportBatchItemFailures")
                .maximumRetryAttempts(1).bisectBatchOnFunctionError(false)
                .destinationConfig(d -> d.onFailure(f -> f.destination(failureQueueArn))));
        runtime.lambdaClient.createEventSourceMapping(b -> b.functionName("projector").eventSourceArn(ageingArn)
                .startingPosition("TRIM_HORIZON").batchSize(10).functionResponseTypesWithStrings("ReportBatchItemFailures")
                .maximumRetryAttempts(-1).maximumRecordAgeInSeconds(60).bisectBatchOnFunctionError(false)
                .destinationConfig(d -> d.onFailure(f -> f.destination(failureQueueArn))));
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static List<String> linesOf(List<String> lines, String... ids) {
        List<String> wanted = List.of(ids);
        return lines.stream().filter(line -> wanted.contains(line.split(" ")[1])).toList();
    }

    /** Receives from the failure queue, waiting up to 15 s, and deletes what it received. */
    private static List<Message> receiveFailures() {
        List<Message> messages = runtime.sqsClient.receiveMessage(b -> b.queueUrl(failureQueueUrl).waitTimeSeconds(15))
                .messages();
        messages.forEach(message -> runtime.sqsClient.deleteMessage(b -> b.queueUrl(failureQueueUrl)
                .receiptHandle(message.receiptHandle())));
        return messages;
    }

    @Test
    void recordsArriveInOrderAndAFailedItemIsRetriedFromItself() throws Exception {
        StreamFixture.put(runtime.dynamoDbClient, "Apartments", "a");
        StreamFixture.put(runtime.dynamoDbClient, "Apartments", "b");
        StreamFixture.put(runtime.dynamoDbClient, "Apartments", "c", "failOnce");
        StreamFixture.awaitReceived(records, all -> linesOf(all, "c").size() >= 2);
        runtime.dynamoDbClient.deleteItem(b -> b.tableName("Apartments").key(Map.of("id", AttributeValue.fromS("a"))));

        List<String> lines = StreamFixture.awaitReceived(records, all -> linesOf(all, "a", "b", "c").size() >= 5);

        assertEquals(List.of("INSERT a true", "INSERT b true", "INSERT c true", "INSERT c true", "REMOVE a true"),
                linesOf(lines, "a", "b", "c"));
    }

    @Test
    void aBatchThatKeepsFailingGoesToTheFailureQueueAndTheMappingMovesOn() throws Exception {
        StreamFixture.put(runtime.dynamoDbClient, "Apartments", "poison", "poison");

        List<Message> messages = receiveFailures();
        StreamFixture.put(runtime.dynamoDbClient, "Apartments", "after");
        List<String> lines = StreamFixture.awaitReceived(records, all -> !linesOf(all, "after").isEmpty());

        assertEquals(List.of("INSERT poison true", "INSERT poison true", "INSERT after true"),
                linesOf(lines, "poison", "after"), "one try and one retry, then the next record");
        assertEquals(1, messages.size());
        JsonNode failure = JSON.readTree(messages.get(0).body());
        assertEquals("RetryAttemptsExhausted", failure.path("requestContext").path("condition").asText());
        assertEquals(LambdaRuntime.arn("projector"), failure.path("requestContext").path("functionArn").asText());
        assertEquals(2, failure.path("requestContext").path("approximateInvokeCount").asInt());
        assertEquals("1.0", failure.path("version").asText());
        assertEquals(200, failure.path("responseContext").path("statusCode").asInt());
        JsonNode batch = failure.path("DDBStreamBatchInfo");
        assertEquals(streamArn, batch.path("streamArn").asText());
        assertEquals(1, batch.path("batchSize").asInt());
        assertEquals(batch.path("startSequenceNumber").asText(), batch.path("endSequenceNumber").asText());
        assertTrue(batch.path("shardId").asText().startsWith("shardId-"), batch.toString());
    }

    @Test
    void recordsOlderThanTheMaximumAgeAreGivenUpOn() throws Exception {
        StreamFixture.put(runtime.dynamoDbClient, "Bookings", "stale", "poison");
        StreamFixture.awaitReceived(records, all -> linesOf(all, "stale").size() >= 2);

        runtime.advance(Duration.ofSeconds(61));

        List<Message> messages = receiveFailures();
        assertEquals(1, messages.size());
        JsonNode failure = JSON.readTree(messages.get(0).body());
        assertEquals("RecordAgeExceeded", failure.path("requestContext").path("condition").asText());
        assertEquals("Bookings", failure.path("DDBStreamBatchInfo").path("streamArn").asText().split("/")[1]);
    }
}
