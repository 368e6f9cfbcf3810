package com.apartmentbooking.local.dynamodb.sdk;

import static com.apartmentbooking.local.dynamodb.sdk.Ddb.attr;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectError;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.item;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.key;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.n;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.s;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.tableName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The order DynamoDB returns items in: a Scan by the hash of the partition key (the expected orders and segments are
 * those real DynamoDB gives for these keys), a partition's items by sort key, an index's items with equal index keys
 * by the hash of their table key; parallel scan segments as contiguous runs of that order; LastEvaluatedKey once
 * Limit is reached, even on the last item.
 */
class ScanOrderSdkTest {

    /** String keys in the order DynamoDB scans them. */
    private static final List<String> STRING_ORDER =
            List.of("2", "8", "9", "1", "6", "hello", "0", "5", "4", "äáöü", "aardman", "7", "3", "zapf");
    /** Number keys in the order DynamoDB scans them. */
    private static final List<String> NUMBER_ORDER =
            List.of("7", "999.9", "8", "3", "2", "-999.9", "9", "4", "-0.09", "6", "1", "0", "0.012345", "5");

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
    void scanReturnsStringPartitionKeysInHashOrder() {
        String table = hashTable(ScalarAttributeType.S);
        putShuffled(table, STRING_ORDER, Ddb::s);
        assertEquals(STRING_ORDER, keys(scanAll(table, null), value -> value.s()));
    }

    @Test
    void scanReturnsNumberPartitionKeysInHashOrder() {
        String table = hashTable(ScalarAttributeType.N);
        putShuffled(table, NUMBER_ORDER, Ddb::n);
        assertEquals(NUMBER_ORDER, keys(scanAll(table, null), AttributeValue::n));
    }

    @Test
    void binaryPartitionKeysAreOrderedByTheHashOfTheirBytesAsStringsAreByTheirUtf8() {
        String table = hashTable(ScalarAttributeType.B);
        putShuffled(table, STRING_ORDER, text -> AttributeValue.fromB(SdkBytes.fromUtf8String(text)));
        assertEquals(STRING_ORDER, keys(scanAll(table, null), value -> value.b().asUtf8String()));
    }

    @Test
    void aPartitionsItemsAreScannedTogetherInSortKeyOrder() {
        String table = tableName("order-range");
        ddb.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("a", KeyType.HASH), key("b", KeyType.RANGE))
                .attributeDefinitions(attr("a", ScalarAttributeType.S), attr("b", ScalarAttributeType.N)));
        for (String partition : List.of("hello", "2", "zapf")) {
            for (String sort : List.of("10", "-1", "2.5", "0")) {
                ddb.putItem(r -> r.tableName(table).item(item("a", partition, "b", n(sort))));
            }
        }
        List<String> scanned = scanAll(table, null).stream()
                .map(item -> item.get("a").s() + "/" + item.get("b").n()).toList();
        assertEquals(List.of("2/-1", "2/0", "2/2.5", "2/10", "hello/-1", "hello/0", "hello/2.5", "hello/10",
                "zapf/-1", "zapf/0", "zapf/2.5", "zapf/10"), scanned);
    }

    @Test
    void parallelSegmentsTakeTheirSliceOfTheHashSpace() {
        String strings = hashTable(ScalarAttributeType.S);
        putShuffled(strings, List.of("3635", "228", "1668", "3435"), Ddb::s);
        assertEquals(List.of("3635", "228"), keys(scanAll(strings, segment(0, 4096)), AttributeValue::s));
        assertEquals(List.of("1668"), keys(scanAll(strings, segment(1, 4096)), AttributeValue::s));
        assertEquals(List.of("3435"), keys(scanAll(strings, segment(4, 4096)), AttributeValue::s));
        assertEquals(List.of(), keys(scanAll(strings, segment(2, 4096)), AttributeValue::s));

        String numbers = hashTable(ScalarAttributeType.N);
        putShuffled(numbers, List.of("251", "2388"), Ddb::n);
        assertEquals(List.of("251"), keys(scanAll(numbers, segment(1, 4096)), AttributeValue::n));
        assertEquals(List.of("2388"), keys(scanAll(numbers, segment(4095, 4096)), AttributeValue::n));
        assertEquals(List.of("2388"), keys(scanAll(numbers, segment(4998, 5000)), AttributeValue::n));
        assertEquals(List.of(), keys(scanAll(numbers, segment(4999, 5000)), AttributeValue::n),
                "with more segments than slices of the hash space, some segments are empty");
    }

    @Test
    void segmentsInTurnReadEveryItemOnceInScanOrder() {
        String table = hashTable(ScalarAttributeType.S);
        List<String> keys = IntStream.range(0, 200).mapToObj(i -> "key-" + i).toList();
        putShuffled(table, keys, Ddb::s);
        List<String> whole = keys(scanAll(table, null), AttributeValue::s);
        assertEquals(200, whole.size());
        for (int total : new int[] {2, 3, 7, 64}) {
            List<String> inTurn = new ArrayList<>();
            for (int segment = 0; segment < total; segment++) {
                inTurn.addAll(keys(scanAll(table, segment(segment, total)), AttributeValue::s));
            }
            assertEquals(whole, inTurn, total + " segments");
        }
    }

    @Test
    void anExclusiveStartKeyOfAnotherSegmentIsRefused() {
        String table = hashTable(ScalarAttributeType.S);
        putShuffled(table, List.of("3435"), Ddb::s);
        expectError(DynamoDbException.class, "ValidationException", "The provided starting key is invalid: "
                        + "Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct Segment. "
                        + "TotalSegments: 4096 Segment: 0",
                () -> ddb.scan(r -> r.tableName(table).segment(0).totalSegments(4096)
                        .exclusiveStartKey(Map.of("a", s("3435")))));
        assertEquals(0, ddb.scan(r -> r.tableName(table).segment(4).totalSegments(4096)
                .exclusiveStartKey(Map.of("a", s("3435")))).count());
    }

    @Test
    void scanGivesLastEvaluatedKeyWhenLimitIsReachedOnTheLastItem() {
        String table = hashTable(ScalarAttributeType.S);
        putShuffled(table, STRING_ORDER, Ddb::s);
        ScanResponse exact = ddb.scan(r -> r.tableName(table).limit(STRING_ORDER.size()));
        assertEquals(STRING_ORDER.size(), exact.count());
        assertEquals(Map.of("a", s("zapf")), exact.lastEvaluatedKey());
        ScanResponse after = ddb.scan(r -> r.tableName(table).exclusiveStartKey(exact.lastEvaluatedKey()));
        assertEquals(0, after.count());
        assertFalse(after.hasLastEvaluatedKey());
        assertFalse(ddb.scan(r -> r.tableName(table).limit(STRING_ORDER.size() + 1)).hasLastEvaluatedKey());

        List<String> paged = new ArrayList<>();
        ddb.scanPaginator(r -> r.tableName(table).limit(3))
                .forEach(page -> paged.addAll(keys(page.items(), AttributeValue::s)));
        assertEquals(STRING_ORDER, paged);
    }

    @Test
    void queryGivesLastEvaluatedKeyWhenLimitIsReachedOnTheLastItem() {
        String table = tableName("order-query");
        ddb.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("a", KeyType.HASH), key("b", KeyType.RANGE))
                .attributeDefinitions(attr("a", ScalarAttributeType.S), attr("b", ScalarAttributeType.N)));
        for (int sort = 1; sort <= 3; sort++) {
            int value = sort;
            ddb.putItem(r -> r.tableName(table).item(item("a", "p", "b", value)));
        }
        QueryRequest query = QueryRequest.builder().tableName(table).keyConditionExpression("a = :a")
                .expressionAttributeValues(Map.of(":a", s("p"))).limit(3).build();
        QueryResponse exact = ddb.query(query);
        assertEquals(3, exact.count());
        assertEquals(Map.of("a", s("p"), "b", n(3)), exact.lastEvaluatedKey());
        QueryResponse after = ddb.query(query.toBuilder().exclusiveStartKey(exact.lastEvaluatedKey()).build());
        assertEquals(0, after.count());
        assertFalse(after.hasLastEvaluatedKey());

        QueryResponse backwards = ddb.query(query.toBuilder().scanIndexForward(false).build());
        assertEquals(Map.of("a", s("p"), "b", n(1)), backwards.lastEvaluatedKey());
        assertFalse(ddb.query(query.toBuilder().limit(4).build()).hasLastEvaluatedKey());
    }

    @Test
    void itemsWithEqualIndexKeysComeInTheHashOrderOfTheirTableKeys() {
        String table = tableName("order-index");
        ddb.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("a", KeyType.HASH), key("b", KeyType.RANGE))
                .attributeDefinitions(attr("a", ScalarAttributeType.S), attr("b", ScalarAttributeType.S),
                        attr("c", ScalarAttributeType.S))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byC")
                        .keySchema(key("c", KeyType.HASH))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build()));
        // Table keys (a, b); all but (c, c) share the index key c = "x".
        for (String[] k : new String[][] {{"a", "a"}, {"b", "b"}, {"c", "e"}, {"c", "d"}, {"d", "a"}, {"e", "a"}}) {
            ddb.putItem(r -> r.tableName(table).item(item("a", k[0], "b", k[1], "c", "x")));
        }
        ddb.putItem(r -> r.tableName(table).item(item("a", "c", "b", "c", "c", "y")));
        QueryRequest query = QueryRequest.builder().tableName(table).indexName("byC")
                .keyConditionExpression("c = :c").expressionAttributeValues(Map.of(":c", s("x"))).build();

        QueryResponse first = ddb.query(query.toBuilder().limit(4).build());
        assertEquals(List.of("b/b", "a/a", "c/e", "e/a"), tableKeys(first.items()));
        assertEquals(Map.of("a", s("e"), "b", s("a"), "c", s("x")), first.lastEvaluatedKey());
        QueryResponse next = ddb.query(query.toBuilder().limit(2)
                .exclusiveStartKey(Map.of("a", s("c"), "b", s("e"), "c", s("x"))).build());
        assertEquals(List.of("e/a", "d/a"), tableKeys(next.items()));
        QueryResponse backwards = ddb.query(query.toBuilder().scanIndexForward(false).limit(4).build());
        assertEquals(List.of("c/d", "d/a", "e/a", "c/e"), tableKeys(backwards.items()));

        List<String> scanned = tableKeys(ddb.scan(r -> r.tableName(table).indexName("byC")).items());
        assertEquals(7, scanned.size());
        assertEquals(List.of("b/b", "a/a", "c/e", "e/a", "d/a", "c/d"),
                scanned.stream().filter(k -> !k.equals("c/c")).toList(), "an index scan reads in index order");
    }

    @Test
    void aDurableStoreReadsBackItsItemsInTheSameOrder(@TempDir Path dataDir) {
        String table = tableName("order-durable");
        try (SdkRuntime durable = SdkRuntime.durable(dataDir)) {
            DynamoDbClient client = durable.client();
            client.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                    .keySchema(key("a", KeyType.HASH)).attributeDefinitions(attr("a", ScalarAttributeType.N)));
            for (String number : reversed(NUMBER_ORDER)) {
                client.putItem(r -> r.tableName(table).item(item("a", n(number))));
            }
        }
        try (SdkRuntime reopened = SdkRuntime.durable(dataDir)) {
            List<String> scanned = keys(reopened.client().scan(r -> r.tableName(table)).items(), AttributeValue::n);
            assertEquals(NUMBER_ORDER, scanned);
        }
    }

    private static String hashTable(ScalarAttributeType type) {
        String table = tableName("order-" + type);
        ddb.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("a", KeyType.HASH)).attributeDefinitions(attr("a", type)));
        return table;
    }

    /** Puts one item per key, in an order unlike the expected one (reversed), so order cannot come from writes. */
    private static void putShuffled(String table, List<String> keys, Function<String, AttributeValue> value) {
        for (String key : reversed(keys)) {
            ddb.putItem(r -> r.tableName(table).item(Map.of("a", value.apply(key))));
        }
    }

    private static List<String> reversed(List<String> keys) {
        List<String> reversed = new ArrayList<>(keys);
        Collections.reverse(reversed);
        return reversed;
    }

    private static ScanRequest segment(int segment, int total) {
        return ScanRequest.builder().segment(segment).totalSegments(total).build();
    }

    /** Every item of a scan (of one segment when {@code segment} is given), page by page with a small Limit. */
    private static List<Map<String, AttributeValue>> scanAll(String table, ScanRequest segment) {
        ScanRequest.Builder request = (segment == null ? ScanRequest.builder() : segment.toBuilder())
                .tableName(table).limit(5);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        ddb.scanPaginator(request.build()).forEach(page -> items.addAll(page.items()));
        return items;
    }

    private static List<String> keys(List<Map<String, AttributeValue>> items, Function<AttributeValue, String> text) {
        return items.stream().map(item -> text.apply(item.get("a"))).toList();
    }

    private static List<String> tableKeys(List<Map<String, AttributeValue>> items) {
        return items.stream().map(item -> item.get("a").s() + "/" + item.get("b").s()).toList();
    }
}
