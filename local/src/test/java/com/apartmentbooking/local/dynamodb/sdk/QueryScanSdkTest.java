package com.apartmentbooking.local.dynamodb.sdk;

import static com.apartmentbooking.local.dynamodb.sdk.Ddb.attr;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.createTable;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectError;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectErrorStartingWith;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.item;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.key;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.n;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.s;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.tableName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Query and Scan: key conditions, filters, projections, indexes, order, Limit and paging, COUNT, 1 MB pages, segments. */
class QueryScanSdkTest {

    static SdkRuntime runtime;
    static DynamoDbClient ddb;
    /** pk S, sk N; GSI byCat (cat, sk) ALL; GSI byCatKeys (cat) KEYS_ONLY; LSI byTag (pk, tag) ALL. 50 items in "p", 10 in "q". */
    static String table;
    /** pk S, sk S: string sort keys for begins_with. */
    static String strings;

    @BeforeAll
    static void start() {
        runtime = SdkRuntime.inMemory();
        ddb = runtime.client();
        table = tableName("query");
        ddb.createTable(r -> r.tableName(table)
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .attributeDefinitions(attr("pk", ScalarAttributeType.S), attr("sk", ScalarAttributeType.N),
                        attr("cat", ScalarAttributeType.S), attr("tag", ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .globalSecondaryIndexes(
                        GlobalSecondaryIndex.builder().indexName("byCat").keySchema(key("cat", KeyType.HASH), key("sk", KeyType.RANGE))
                                .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build(),
                        GlobalSecondaryIndex.builder().indexName("byCatKeys").keySchema(key("cat", KeyType.HASH))
                                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build())
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("byTag").keySchema(key("pk", KeyType.HASH), key("tag", KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build()));
        for (int i = 0; i < 50; i++) {
            Map<String, AttributeValue> item = item("pk", "p", "sk", n(i), "cat", i % 2 == 0 ? "even" : "odd", "v", n(i * 10), "payload", "x" + i);
            if (i % 5 == 0) {
                item.put("tag", s("t" + (100 - i)));
            }
            ddb.putItem(r -> r.tableName(table).item(item));
        }
        for (int i = 0; i < 10; i++) {
            int k = i;
            ddb.putItem(r -> r.tableName(table).item(item("pk", "q", "sk", n(k), "v", n(k))));
        }
        strings = tableName("query-strings");
        createTable(ddb, strings, "pk", "sk");
        for (String sk : List.of("a", "apple", "apricot", "b", "banana", "ap")) {
            ddb.putItem(r -> r.tableName(strings).item(item("pk", "fruit", "sk", sk)));
        }
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static List<Integer> sks(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> Integer.parseInt(i.get("sk").n())).toList();
    }

    private static List<Integer> range(int from, int toInclusive) {
        return IntStream.rangeClosed(from, toInclusive).boxed().toList();
    }

    @Test
    void keyConditionsOnNumericSortKeyInBothDirections() {
        QueryResponse between = ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p AND sk BETWEEN :lo AND :hi")
                .expressionAttributeValues(Map.of(":p", s("p"), ":lo", n(10), ":hi", n(14))));
        assertEquals(range(10, 14), sks(between.items()));
        assertEquals(5, between.count());
        assertEquals(5, between.scannedCount());
        assertFalse(between.hasLastEvaluatedKey() && !between.lastEvaluatedKey().isEmpty());

        QueryResponse backwards = ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p AND sk < :hi")
                .expressionAttributeValues(Map.of(":p", s("p"), ":hi", n(3))).scanIndexForward(false));
        assertEquals(List.of(2, 1, 0), sks(backwards.items()));

        assertEquals(range(47, 49), sks(ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p AND sk > :lo")
                .expressionAttributeValues(Map.of(":p", s("p"), ":lo", n(46)))).items()));
        assertEquals(range(46, 49), sks(ddb.query(r -> r.tableName(table).keyConditionExpression("#k = :p AND sk >= :lo")
                .expressionAttributeNames(Map.of("#k", "pk"))
                .expressionAttributeValues(Map.of(":p", s("p"), ":lo", n(46)))).items()));
        assertEquals(List.of(7), sks(ddb.query(r -> r.tableName(table).keyConditionExpression("sk = :v AND pk = :p")
                .expressionAttributeValues(Map.of(":p", s("q"), ":v", n(7)))).items()));
        assertEquals(range(0, 3), sks(ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p AND sk <= :v")
                .expressionAttributeValues(Map.of(":p", s("q"), ":v", n(3)))).items()));
        assertEquals(0, ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("none")))).count());
    }

    @Test
    void beginsWithOnStringSortKeyInByteOrder() {
        List<String> ap = ddb.query(r -> r.tableName(strings).keyConditionExpression("pk = :p AND begins_with(sk, :ap)")
                .expressionAttributeValues(Map.of(":p", s("fruit"), ":ap", s("ap")))).items()
                .stream().map(i -> i.get("sk").s()).toList();
        assertEquals(List.of("ap", "apple", "apricot"), ap);
        List<String> all = ddb.query(r -> r.tableName(strings).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("fruit")))).items().stream().map(i -> i.get("sk").s()).toList();
        assertEquals(List.of("a", "ap", "apple", "apricot", "b", "banana"), all);
    }

    @Test
    void filterAppliesAfterKeyConditionAndLimit() {
        QueryResponse filtered = ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p")
                .filterExpression("v >= :min AND cat = :odd")
                .expressionAttributeValues(Map.of(":p", s("p"), ":min", n(400), ":odd", s("odd"))));
        assertEquals(List.of(41, 43, 45, 47, 49), sks(filtered.items()));
        assertEquals(5, filtered.count());
        assertEquals(50, filtered.scannedCount());

        QueryResponse limited = ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p")
                .filterExpression("cat = :odd").limit(10)
                .expressionAttributeValues(Map.of(":p", s("p"), ":odd", s("odd"))));
        assertEquals(List.of(1, 3, 5, 7, 9), sks(limited.items()), "Limit counts items read, before the filter");
        assertEquals(10, limited.scannedCount());
        assertEquals(item("pk", "p", "sk", n(9)), limited.lastEvaluatedKey());
    }

    @Test
    void limitAndExclusiveStartKeyPageThroughInOrder() {
        List<Integer> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", s("p"))).limit(7).exclusiveStartKey(from));
            seen.addAll(sks(page.items()));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            pages++;
        } while (start != null);
        assertEquals(range(0, 49), seen);
        assertTrue(pages == 8 || pages == 9, "7 full pages and one of 1 (and possibly an empty last one): " + pages);

        List<Integer> viaPaginator = ddb.queryPaginator(r -> r.tableName(table).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p"))).limit(6).scanIndexForward(false)).items()
                .stream().map(i -> Integer.parseInt(i.get("sk").n())).toList();
        List<Integer> reversed = new ArrayList<>(range(0, 49));
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, viaPaginator);
    }

    @Test
    void selectCountAndProjection() {
        QueryResponse count = ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p"))).select(Select.COUNT));
        assertEquals(50, count.count());
        assertEquals(50, count.scannedCount());
        assertFalse(count.hasItems(), "COUNT returns no Items");

        QueryResponse projected = ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p AND sk = :z")
                .expressionAttributeValues(Map.of(":p", s("p"), ":z", n(0))).projectionExpression("v, payload"));
        assertEquals(List.of(item("v", n(0), "payload", "x0")), projected.items());
    }

    @Test
    void queryOnGlobalAndLocalIndexes() {
        QueryResponse odd = ddb.query(r -> r.tableName(table).indexName("byCat")
                .keyConditionExpression("cat = :c AND sk < :max")
                .expressionAttributeValues(Map.of(":c", s("odd"), ":max", n(8))));
        assertEquals(List.of(1, 3, 5, 7), sks(odd.items()));
        assertEquals(s("x3"), odd.items().get(1).get("payload"), "ALL projection");

        QueryResponse page = ddb.query(r -> r.tableName(table).indexName("byCat")
                .keyConditionExpression("cat = :c").limit(2)
                .expressionAttributeValues(Map.of(":c", s("even"))));
        assertEquals(item("pk", "p", "sk", n(2), "cat", "even"), page.lastEvaluatedKey(),
                "an index's LastEvaluatedKey has the table's and the index's keys");
        QueryResponse next = ddb.query(r -> r.tableName(table).indexName("byCat")
                .keyConditionExpression("cat = :c").limit(2).exclusiveStartKey(page.lastEvaluatedKey())
                .expressionAttributeValues(Map.of(":c", s("even"))));
        assertEquals(List.of(4, 6), sks(next.items()));

        QueryResponse keysOnly = ddb.query(r -> r.tableName(table).indexName("byCatKeys")
                .keyConditionExpression("cat = :c").expressionAttributeValues(Map.of(":c", s("even"))));
        assertEquals(25, keysOnly.count());
        for (Map<String, AttributeValue> i : keysOnly.items()) {
            assertEquals(Set.of("pk", "sk", "cat"), i.keySet(), "KEYS_ONLY: table and index keys");
        }

        QueryResponse byTag = ddb.query(r -> r.tableName(table).indexName("byTag")
                .keyConditionExpression("pk = :p AND begins_with(tag, :t)")
                .expressionAttributeValues(Map.of(":p", s("p"), ":t", s("t"))).consistentRead(true));
        // tags t100, t95, ..., t55 for sk 0, 5, ..., 45, in tag order (string): t100, t55, t60, ..., t95
        assertEquals(List.of(0, 45, 40, 35, 30, 25, 20, 15, 10, 5), sks(byTag.items()), "sparse LSI in its sort order");
    }

    @Test
    void pagingThroughIndexesReturnsEveryItemOnce() {
        // byCatKeys has only a hash key: 25 items share "even", told apart by the table's key in LastEvaluatedKey.
        List<String> viaQuery = ddb.queryPaginator(r -> r.tableName(table).indexName("byCatKeys").limit(4)
                .keyConditionExpression("cat = :c").expressionAttributeValues(Map.of(":c", s("even")))).items()
                .stream().map(i -> i.get("sk").n()).toList();
        assertEquals(25, viaQuery.size());
        assertEquals(25, new HashSet<>(viaQuery).size(), "no item twice: " + viaQuery);

        List<String> viaScan = ddb.scanPaginator(r -> r.tableName(table).indexName("byCat").limit(7)).items()
                .stream().map(i -> i.get("pk").s() + "/" + i.get("sk").n()).toList();
        assertEquals(50, viaScan.size());
        assertEquals(50, new HashSet<>(viaScan).size());

        Set<String> segments = new HashSet<>();
        int total = 0;
        for (int segment = 0; segment < 3; segment++) {
            int seg = segment;
            List<String> items = ddb.scanPaginator(r -> r.tableName(table).indexName("byCatKeys").segment(seg).totalSegments(3).limit(5))
                    .items().stream().map(i -> i.get("pk").s() + "/" + i.get("sk").n()).toList();
            total += items.size();
            segments.addAll(items);
        }
        assertEquals(50, total);
        assertEquals(50, segments.size());
    }

    @Test
    void queryErrors() {
        expectError(DynamoDbException.class, "ValidationException", "Query condition missed key schema element: pk",
                () -> ddb.query(r -> r.tableName(table).keyConditionExpression("sk = :v").expressionAttributeValues(Map.of(":v", n(1)))));
        expectError(DynamoDbException.class, "ValidationException", "The table does not have the specified index: nope",
                () -> ddb.query(r -> r.tableName(table).indexName("nope").keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("p")))));
        expectError(DynamoDbException.class, "ValidationException", "Consistent reads are not supported on global secondary indexes",
                () -> ddb.query(r -> r.tableName(table).indexName("byCat").consistentRead(true).keyConditionExpression("cat = :c")
                        .expressionAttributeValues(Map.of(":c", s("odd")))));
        expectError(DynamoDbException.class, "ValidationException",
                "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
                () -> ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p").limit(0)
                        .expressionAttributeValues(Map.of(":p", s("p")))));
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "",
                () -> ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p AND v = :v")
                        .expressionAttributeValues(Map.of(":p", s("p"), ":v", n(1)))));
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "",
                () -> ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p OR sk = :v")
                        .expressionAttributeValues(Map.of(":p", s("p"), ":v", n(1)))));
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "",
                () -> ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p AND begins_with(sk, :v)")
                        .expressionAttributeValues(Map.of(":p", s("p"), ":v", n(1)))));
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "The provided starting key is invalid",
                () -> ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p")
                        .exclusiveStartKey(item("other", "x"))
                        .expressionAttributeValues(Map.of(":p", s("p")))));
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "",
                () -> ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p").select(Select.COUNT)
                        .projectionExpression("v")
                        .expressionAttributeValues(Map.of(":p", s("p")))));
        expectError(DynamoDbException.class, "ValidationException",
                "Value provided in ExpressionAttributeValues unused in expressions: keys: {:extra}",
                () -> ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("p"), ":extra", n(1)))));
    }

    @Test
    void pagesStopAtOneMegabyte() {
        String big = tableName("big");
        createTable(ddb, big, "pk", "sk");
        String payload = "y".repeat(100 * 1024);
        for (int i = 0; i < 30; i++) {
            String sk = String.format("%03d", i);
            ddb.putItem(r -> r.tableName(big).item(item("pk", "p", "sk", sk, "payload", payload)));
        }
        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = ddb.query(r -> r.tableName(big).keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", s("p"))).exclusiveStartKey(from));
            assertTrue(page.count() <= 11, "a page holds about 1 MB: " + page.count());
            page.items().forEach(i -> seen.add(i.get("sk").s()));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            pages++;
        } while (start != null);
        assertEquals(30, seen.size());
        assertEquals(30, new HashSet<>(seen).size());
        assertTrue(pages >= 3, "30 items of 100 KB need at least 3 pages: " + pages);

        ScanResponse scanPage = ddb.scan(r -> r.tableName(big));
        assertTrue(scanPage.count() <= 11 && scanPage.hasLastEvaluatedKey() && !scanPage.lastEvaluatedKey().isEmpty(),
                "Scan pages stop at 1 MB too");
        // COUNT still stops at 1 MB of items read.
        QueryResponse count = ddb.query(r -> r.tableName(big).keyConditionExpression("pk = :p").select(Select.COUNT)
                .expressionAttributeValues(Map.of(":p", s("p"))));
        assertTrue(count.count() <= 11 && count.hasLastEvaluatedKey() && !count.lastEvaluatedKey().isEmpty());
    }

    @Test
    void scanWithFilterProjectionAndPaging() {
        ScanResponse filtered = ddb.scan(r -> r.tableName(table).filterExpression("pk = :q AND v > :five")
                .expressionAttributeValues(Map.of(":q", s("q"), ":five", n(5))).projectionExpression("sk"));
        assertEquals(Set.of(6, 7, 8, 9), new HashSet<>(sks(filtered.items())));
        assertEquals(60, filtered.scannedCount());
        assertEquals(Set.of("sk"), filtered.items().get(0).keySet());

        List<Map<String, AttributeValue>> all = ddb.scanPaginator(r -> r.tableName(table).limit(7)).items().stream().toList();
        assertEquals(60, all.size());
        Set<String> keys = new HashSet<>();
        all.forEach(i -> keys.add(i.get("pk").s() + "/" + i.get("sk").n()));
        assertEquals(60, keys.size(), "no item twice across pages");

        assertEquals(60, ddb.scan(r -> r.tableName(table).select(Select.COUNT)).count());
        assertEquals(25, ddb.scan(r -> r.tableName(table).indexName("byCat").filterExpression("cat = :e")
                .expressionAttributeValues(Map.of(":e", s("even")))).count());
        assertEquals(50, ddb.scan(r -> r.tableName(table).indexName("byCatKeys")).count(), "a GSI holds only items with its key");
        assertEquals(10, ddb.scan(r -> r.tableName(table).indexName("byTag")).count(), "a sparse LSI");
    }

    @Test
    void parallelScanSegmentsPartitionTheTable() {
        Set<String> union = new HashSet<>();
        int total = 0;
        for (int segment = 0; segment < 4; segment++) {
            int seg = segment;
            List<Map<String, AttributeValue>> items = ddb.scanPaginator(r -> r.tableName(table).segment(seg).totalSegments(4).limit(9))
                    .items().stream().toList();
            total += items.size();
            items.forEach(i -> union.add(i.get("pk").s() + "/" + i.get("sk").n()));
        }
        assertEquals(60, total, "segments are disjoint");
        assertEquals(60, union.size(), "segments cover the table");

        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "",
                () -> ddb.scan(r -> r.tableName(table).segment(4).totalSegments(4)));
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "",
                () -> ddb.scan(r -> r.tableName(table).segment(0)));
    }

    @Test
    void scanOfMissingTableIsResourceNotFound() {
        expectErrorStartingWith(software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException.class,
                "ResourceNotFoundException", "Requested resource not found", () -> ddb.scan(r -> r.tableName("no-such-scan")));
        assertNull(null);
    }
}
