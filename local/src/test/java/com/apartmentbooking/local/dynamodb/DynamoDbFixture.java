package com.apartmentbooking.local.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.dynamodbstreams.LocalDynamoDbStreams;
import com.apartmentbooking.local.server.AwsServiceException;
import com.apartmentbooking.local.server.RequestContext;
import com.apartmentbooking.local.store.Store;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB and DynamoDB Streams on an in-memory store and a clock the test moves, called through their protocol
 * adapters with JSON requests exactly as the front door would pass them (no HTTP).
 */
public final class DynamoDbFixture implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final RequestContext CONTEXT =
            new RequestContext("test-request", "test", Map.of(), "127.0.0.1", null, "us-east-1");

    /** A clock that stands still until the test advances it; advancing it runs what falls due. */
    public final ControllableClock clock;
    public final Store store;
    public final LocalDynamoDb dynamoDb;
    public final LocalDynamoDbStreams dynamoDbStreams;

    public DynamoDbFixture() {
        this(Store.inMemory());
    }

    /** Table changes finish before the call answers. */
    public DynamoDbFixture(Store store) {
        this(store, new ControllableClock(Instant.parse("2026-01-15T10:00:00.123Z")), Duration.ZERO);
    }

    /** Table changes take {@code tableStatusDelay} on {@code clock}: for tests of the table lifecycle. */
    public DynamoDbFixture(Store store, ControllableClock clock, Duration tableStatusDelay) {
        this.store = store;
        this.clock = clock;
        this.dynamoDb = LocalDynamoDb.start(store, clock, clock, LocalDynamoDb.DEFAULT_REGION, tableStatusDelay);
        this.dynamoDbStreams = new LocalDynamoDbStreams(dynamoDb.service());
    }

    /** Calls a DynamoDB operation; {@code json} may use single quotes for readability. */
    public JsonNode call(String operation, String json) {
        return dynamoDb.protocol().handle(operation, parse(json), CONTEXT);
    }

    public JsonNode streams(String operation, String json) {
        return dynamoDbStreams.protocol().handle(operation, parse(json), CONTEXT);
    }

    /**
     * Calls an operation that must fail with {@code code}: the whole {@code __type} ({@code namespace#Name}), or
     * only the exception's name; returns the error to inspect.
     */
    public AwsServiceException error(String code, String operation, String json) {
        AwsServiceException error = assertThrows(AwsServiceException.class, () -> call(operation, json));
        assertEquals(code, typed(code, error), error.getMessage());
        return error;
    }

    public AwsServiceException streamsError(String code, String operation, String json) {
        AwsServiceException error = assertThrows(AwsServiceException.class, () -> streams(operation, json));
        assertEquals(code, typed(code, error), error.getMessage());
        return error;
    }

    private static String typed(String expected, AwsServiceException error) {
        return expected.contains("#") ? error.code() : error.code().substring(error.code().indexOf('#') + 1);
    }

    /** A table with key {@code id} (S), on demand. */
    public void createTable(String name) {
        call("CreateTable", "{'TableName':'" + name + "','KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],"
                + "'AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'}],"
                + "'BillingMode':'PAY_PER_REQUEST'}");
    }

    /** A table with key {@code id} (S) and a stream of the given view type. */
    public void createStreamTable(String name, String viewType) {
        call("CreateTable", "{'TableName':'" + name + "','KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],"
                + "'AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'}],"
                + "'BillingMode':'PAY_PER_REQUEST',"
                + "'StreamSpecification':{'StreamEnabled':true,'StreamViewType':'" + viewType + "'}}");
    }

    /** The stream records of a table from TRIM_HORIZON, through DescribeStream/GetShardIterator/GetRecords. */
    public List<JsonNode> streamRecords(String table) {
        String arn = call("DescribeTable", "{'TableName':'" + table + "'}").at("/Table/LatestStreamArn").asText();
        String shard = streams("DescribeStream", "{'StreamArn':'" + arn + "'}")
                .at("/StreamDescription/Shards/0/ShardId").asText();
        String iterator = streams("GetShardIterator", "{'StreamArn':'" + arn + "','ShardId':'" + shard
                + "','ShardIteratorType':'TRIM_HORIZON'}").get("ShardIterator").asText();
        List<JsonNode> records = new ArrayList<>();
        streams("GetRecords", "{'ShardIterator':'" + iterator + "'}").get("Records").forEach(records::add);
        return records;
    }

    /** Compares JSON by its text, so that int and long numbers of the same value are equal. */
    public static void assertJson(String expected, JsonNode actual) {
        assertEquals(parse(expected).toString(), String.valueOf(actual));
    }

    /** Compares JSON objects regardless of member order (DynamoDB does not promise an attribute order). */
    public static void assertSameJson(String expected, JsonNode actual) {
        assertEquals(parse(expected), actual);
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    @Override
    public void close() {
        dynamoDb.close();
        store.close();
    }
}
