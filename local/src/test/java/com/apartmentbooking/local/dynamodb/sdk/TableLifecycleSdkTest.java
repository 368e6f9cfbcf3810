package com.apartmentbooking.local.dynamodb.sdk;

import static com.apartmentbooking.local.dynamodb.sdk.Ddb.createTable;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectError;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectErrorStartingWith;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.item;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.s;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.tableName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** Table names, index rules, billing changes, and what happens to a stream when its table is deleted. */
class TableLifecycleSdkTest {

    static SdkRuntime runtime;
    static DynamoDbClient ddb;

    @BeforeAll
    static void start() {
        runtime = SdkRuntime.inMemory();
        ddb = runtime.client();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void tableNamesAreValidated() {
        expectError(DynamoDbException.class, "ValidationException",
                "TableName must be at least 3 characters long and at most 255 characters long",
                () -> createTable(ddb, "ab", "id", null));
        expectErrorStartingWith(DynamoDbException.class, "ValidationException",
                "1 validation error detected: Value 'bad name!' at 'tableName' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
                () -> createTable(ddb, "bad name!", "id", null));
    }

    @Test
    void localIndexNeedsARangeKeyTableAndTheSameHashKey() {
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "",
                () -> ddb.createTable(r -> r.tableName(tableName("lsi-bad")).billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
                                a -> a.attributeName("x").attributeType(ScalarAttributeType.S))
                        .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("byX")
                                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH), k -> k.attributeName("x").keyType(KeyType.RANGE))
                                .projection(p -> p.projectionType(ProjectionType.ALL)).build())));
    }

    @Test
    void selectAllAttributesOnAKeysOnlyIndexIsAnError() {
        String table = tableName("sel");
        ddb.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("g").attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byG")
                        .keySchema(k -> k.attributeName("g").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build()));
        expectErrorStartingWith(DynamoDbException.class, "ValidationException",
                "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index byG",
                () -> ddb.query(r -> r.tableName(table).indexName("byG").select(Select.ALL_ATTRIBUTES)
                        .keyConditionExpression("g = :g").expressionAttributeValues(Map.of(":g", s("x")))));
        ddb.putItem(r -> r.tableName(table).item(item("id", "a", "g", "x", "other", "o")));
        assertEquals(List.of(item("id", "a", "g", "x")), ddb.query(r -> r.tableName(table).indexName("byG")
                .select(Select.ALL_PROJECTED_ATTRIBUTES).keyConditionExpression("g = :g")
                .expressionAttributeValues(Map.of(":g", s("x")))).items());
    }

    @Test
    void billingModeAndThroughputCanBeUpdated() {
        String table = tableName("billing");
        createTable(ddb, table, "id", null);
        var updated = ddb.updateTable(r -> r.tableName(table).billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(p -> p.readCapacityUnits(3L).writeCapacityUnits(4L))).tableDescription();
        var described = ddb.describeTable(r -> r.tableName(table)).table();
        assertEquals(3L, described.provisionedThroughput().readCapacityUnits(), updated.toString());
        assertEquals(4L, described.provisionedThroughput().writeCapacityUnits());
        assertTrue(described.billingModeSummary() == null || described.billingModeSummary().billingMode() == BillingMode.PROVISIONED);
    }

    // AWS, DeleteTable: "If you have DynamoDB Streams enabled on the table, then the corresponding stream on that table
    // goes into the DISABLED state, and the stream is automatically deleted after 24 hours."
    @Test
    void deletingATableDisablesItsStreamWhichStaysReadable() {
        String table = tableName("del-stream");
        String arn = createTable(ddb, table, "id", null, StreamViewType.KEYS_ONLY).latestStreamArn();
        ddb.putItem(r -> r.tableName(table).item(item("id", "kept")));
        ddb.deleteTable(r -> r.tableName(table));
        var streams = runtime.streams();
        var description = streams.describeStream(r -> r.streamArn(arn)).streamDescription();
        assertTrue(description.streamStatus() == StreamStatus.DISABLED || description.streamStatus() == StreamStatus.DISABLING,
                description.streamStatusAsString());
        String shard = description.shards().get(0).shardId();
        String it = streams.getShardIterator(r -> r.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.TRIM_HORIZON))
                .shardIterator();
        assertEquals(List.of("kept"), streams.getRecords(r -> r.shardIterator(it)).records().stream()
                .map(r -> r.dynamodb().keys().get("id").s()).toList(), "a deleted table's stream is readable for 24 hours");
    }
}
