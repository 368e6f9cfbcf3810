package com.apartmentbooking.local.dynamodb.sdk;

import static com.apartmentbooking.local.dynamodb.sdk.Ddb.b;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.attr;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.createTable;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectError;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectErrorStartingWith;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.item;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.key;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.l;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.m;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.n;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.nul;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.s;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.tableName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** Data rules and corners: key ordering of numbers and binaries, decimal arithmetic, index key types, nested names. */
class EdgeCasesSdkTest {

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
    void numericSortKeysOrderByValueAndEqualByValue() {
        String table = tableName("numkeys");
        ddb.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .attributeDefinitions(attr("pk", ScalarAttributeType.S), attr("sk", ScalarAttributeType.N)));
        for (String v : List.of("3", "-10", "1E2", "-2.5", "0", "0.001", "-0.5", "25")) {
            ddb.putItem(r -> r.tableName(table).item(item("pk", "p", "sk", n(v))));
        }
        List<String> order = ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p")))).items().stream().map(i -> i.get("sk").n()).toList();
        assertEquals(List.of("-10", "-2.5", "-0.5", "0", "0.001", "3", "25", "100"), order);
        assertTrue(ddb.getItem(r -> r.tableName(table).key(item("pk", "p", "sk", n("100.0")))).hasItem(),
                "100.0 and 1E2 are one key");
        ddb.putItem(r -> r.tableName(table).item(item("pk", "p", "sk", n("1.00E+2"), "x", "same")));
        assertEquals(8, ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p")))).count());
    }

    @Test
    void binarySortKeysOrderAsUnsignedBytes() {
        String table = tableName("binkeys");
        ddb.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .attributeDefinitions(attr("pk", ScalarAttributeType.S), attr("sk", ScalarAttributeType.B)));
        byte[][] keys = {{(byte) 0xff}, {0x01}, {0x7f}, {(byte) 0x80}, {0x01, 0x00}};
        for (byte[] k : keys) {
            ddb.putItem(r -> r.tableName(table).item(item("pk", "p", "sk", b(k))));
        }
        List<Integer> first = ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p")))).items().stream()
                .map(i -> i.get("sk").b().asByteArray()).map(bytes -> (bytes[0] & 0xff) * 1000 + bytes.length).toList();
        assertEquals(List.of(1001, 1002, 127001, 128001, 255001), first);
    }

    @Test
    void stringKeysOrderByUtf8Bytes() {
        String table = tableName("strkeys");
        createTable(ddb, table, "pk", "sk");
        for (String k : List.of("b", "a", "B", "é", "z", "\uD83D\uDE00", "ab")) {
            ddb.putItem(r -> r.tableName(table).item(item("pk", "p", "sk", k)));
        }
        List<String> order = ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p")))).items().stream().map(i -> i.get("sk").s()).toList();
        assertEquals(List.of("B", "a", "ab", "b", "z", "é", "\uD83D\uDE00"), order);
    }

    @Test
    void numberArithmeticIsDecimal() {
        String table = tableName("decimal");
        createTable(ddb, table, "id", null);
        for (int i = 0; i < 10; i++) {
            ddb.updateItem(r -> r.tableName(table).key(item("id", "d")).updateExpression("ADD v :tenth")
                    .expressionAttributeValues(Map.of(":tenth", n("0.1"))));
        }
        assertEquals("1", ddb.getItem(r -> r.tableName(table).key(item("id", "d"))).item().get("v").n());
        ddb.updateItem(r -> r.tableName(table).key(item("id", "d")).updateExpression("SET v = v - :big")
                .expressionAttributeValues(Map.of(":big", n("12345678901234567890123456789012345678"))));
        assertEquals("-12345678901234567890123456789012345677",
                ddb.getItem(r -> r.tableName(table).key(item("id", "d"))).item().get("v").n());
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "Number overflow",
                () -> ddb.updateItem(r -> r.tableName(table).key(item("id", "d")).updateExpression("SET w = :a + :a")
                        .expressionAttributeValues(Map.of(":a", n("9.9999999999999999999999999999999999999E+125")))));
    }

    @Test
    void indexKeyAttributesMustHaveTheDeclaredType() {
        String table = tableName("gsitype");
        ddb.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("id", KeyType.HASH))
                .attributeDefinitions(attr("id", ScalarAttributeType.S), attr("gk", ScalarAttributeType.S))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byGk").keySchema(key("gk", KeyType.HASH))
                        .projection(Projection.builder().projectionType(ProjectionType.INCLUDE).nonKeyAttributes("inc").build())
                        .build()));
        expectErrorStartingWith(DynamoDbException.class, "ValidationException",
                "One or more parameter values were invalid: Type mismatch for Index Key gk Expected: S Actual: N",
                () -> ddb.putItem(r -> r.tableName(table).item(item("id", "a", "gk", n(1)))));
        ddb.putItem(r -> r.tableName(table).item(item("id", "a", "gk", "g", "inc", "i", "other", "o")));
        var items = ddb.query(r -> r.tableName(table).indexName("byGk").keyConditionExpression("gk = :g")
                .expressionAttributeValues(Map.of(":g", s("g")))).items();
        assertEquals(item("id", "a", "gk", "g", "inc", "i"), items.get(0));
        assertEquals(java.util.Set.of("id", "gk", "inc"), items.get(0).keySet(), "INCLUDE projects keys and the named attributes");
        // Removing the index key takes the item out of the index.
        ddb.updateItem(r -> r.tableName(table).key(item("id", "a")).updateExpression("REMOVE gk"));
        assertEquals(0, ddb.query(r -> r.tableName(table).indexName("byGk").keyConditionExpression("gk = :g")
                .expressionAttributeValues(Map.of(":g", s("g")))).count());
    }

    @Test
    void nestedNamePlaceholdersAndOverlappingProjection() {
        String table = tableName("nested");
        createTable(ddb, table, "id", null);
        ddb.putItem(r -> r.tableName(table).item(item("id", "n", "a.b", "dotted", "a", m("b", l(s("x"), s("y"))),
                "z", nul(), "e", "", "eb", b())));
        var projected = ddb.getItem(r -> r.tableName(table).key(item("id", "n"))
                .projectionExpression("#a.#b[1], #dot").expressionAttributeNames(Map.of("#a", "a", "#b", "b", "#dot", "a.b"))).item();
        assertEquals(item("a", m("b", l(s("y"))), "a.b", "dotted"), projected);
        expectErrorStartingWith(DynamoDbException.class, "ValidationException",
                "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]",
                () -> ddb.getItem(r -> r.tableName(table).key(item("id", "n")).projectionExpression("a, a.b")));
        // attribute_type with NULL, empty strings and binaries are values, size of a binary is its length.
        ddb.putItem(r -> r.tableName(table).item(item("id", "n2"))
                .conditionExpression("attribute_not_exists(id)"));
        ddb.updateItem(r -> r.tableName(table).key(item("id", "n")).updateExpression("SET ok = :t")
                .conditionExpression("attribute_type(z, :null) AND e = :empty AND size(eb) = :zero AND size(a.b) = :two")
                .expressionAttributeValues(Map.of(":t", Ddb.bool(true), ":null", s("NULL"), ":empty", s(""), ":zero", n(0), ":two", n(2))));
    }

    @Test
    void updateConditionFailureReturnsItemAndUpdateOnMissingItemFailsAttributeExists() {
        String table = tableName("updcond");
        createTable(ddb, table, "id", null);
        ddb.putItem(r -> r.tableName(table).item(item("id", "u", "v", n(1))));
        var e = expectError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException", "The conditional request failed",
                () -> ddb.updateItem(r -> r.tableName(table).key(item("id", "u")).updateExpression("SET v = :two")
                        .conditionExpression("v = :two").expressionAttributeValues(Map.of(":two", n(2)))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertEquals(item("id", "u", "v", n(1)), e.item());
        var missing = expectError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException", "The conditional request failed",
                () -> ddb.updateItem(r -> r.tableName(table).key(item("id", "none")).updateExpression("SET v = :two")
                        .conditionExpression("attribute_exists(id)").expressionAttributeValues(Map.of(":two", n(2)))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertFalse(missing.hasItem() && !missing.item().isEmpty(), "no item to return");
        assertFalse(ddb.getItem(r -> r.tableName(table).key(item("id", "none"))).hasItem(), "a failed update creates nothing");
        // UPDATED_NEW of an update that removes everything it touches returns nothing.
        var removed = ddb.updateItem(r -> r.tableName(table).key(item("id", "u")).updateExpression("REMOVE v")
                .returnValues(ReturnValue.UPDATED_NEW));
        assertFalse(removed.hasAttributes() && !removed.attributes().isEmpty());
    }

    @Test
    void disabledStreamIsClosedButReadable() {
        String table = tableName("closed");
        String arn = createTable(ddb, table, "id", null, StreamViewType.KEYS_ONLY).latestStreamArn();
        ddb.putItem(r -> r.tableName(table).item(item("id", "a")));
        ddb.updateTable(r -> r.tableName(table).streamSpecification(s -> s.streamEnabled(false)));
        ddb.putItem(r -> r.tableName(table).item(item("id", "b")));
        var streams = runtime.streams();
        var description = streams.describeStream(r -> r.streamArn(arn)).streamDescription();
        assertTrue(description.streamStatus() == StreamStatus.DISABLED || description.streamStatus() == StreamStatus.DISABLING,
                description.streamStatusAsString());
        String shard = description.shards().get(0).shardId();
        assertNotNull(description.shards().get(0).sequenceNumberRange().endingSequenceNumber(), "a closed shard has an end");
        String it = streams.getShardIterator(r -> r.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.TRIM_HORIZON))
                .shardIterator();
        var records = streams.getRecords(r -> r.shardIterator(it)).records();
        assertEquals(List.of("a"), records.stream().map(r -> r.dynamodb().keys().get("id").s()).toList(),
                "records from before the stream was disabled, none after");
        assertTrue(streams.listStreams(r -> r.tableName(table)).streams().stream().anyMatch(s -> s.streamArn().equals(arn)));
    }

    @Test
    void itemCountFollowsWritesAndDeletes() {
        String table = tableName("count");
        createTable(ddb, table, "id", null);
        for (int i = 0; i < 5; i++) {
            int k = i;
            ddb.putItem(r -> r.tableName(table).item(item("id", "c" + k)));
        }
        ddb.deleteItem(r -> r.tableName(table).key(item("id", "c0")));
        ddb.putItem(r -> r.tableName(table).item(item("id", "c1", "more", "x")));
        assertEquals(4L, ddb.describeTable(r -> r.tableName(table)).table().itemCount());
    }
}
