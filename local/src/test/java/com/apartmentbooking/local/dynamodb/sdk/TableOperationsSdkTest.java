package com.apartmentbooking.local.dynamodb.sdk;

import static com.apartmentbooking.local.dynamodb.sdk.Ddb.attr;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.createTable;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectError;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectErrorStartingWith;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.item;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.key;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.recordedError;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.s;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.tableName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** CreateTable, DescribeTable, ListTables, UpdateTable, DeleteTable, Update/DescribeTimeToLive through the SDK. */
class TableOperationsSdkTest {

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
    void createTableWithIndexesAndStreamIsDescribedAsCreated() {
        String name = tableName("orders");
        TableDescription created = ddb.createTable(CreateTableRequest.builder()
                .tableName(name)
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .attributeDefinitions(attr("pk", ScalarAttributeType.S), attr("sk", ScalarAttributeType.N),
                        attr("gpk", ScalarAttributeType.S), attr("lsk", ScalarAttributeType.B))
                .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(5L).writeCapacityUnits(7L).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byGpk")
                        .keySchema(key("gpk", KeyType.HASH), key("sk", KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.INCLUDE).nonKeyAttributes("a", "b").build())
                        .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(1L).writeCapacityUnits(2L).build())
                        .build())
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("byLsk")
                        .keySchema(key("pk", KeyType.HASH), key("lsk", KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                        .build())
                .streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE).build())
                .build()).tableDescription();

        assertEquals(name, created.tableName());
        assertEquals(List.of(key("pk", KeyType.HASH), key("sk", KeyType.RANGE)), created.keySchema());
        assertEquals(4, created.attributeDefinitions().size());
        assertEquals(5L, created.provisionedThroughput().readCapacityUnits());
        assertEquals(7L, created.provisionedThroughput().writeCapacityUnits());
        assertEquals(0L, created.provisionedThroughput().numberOfDecreasesToday());
        assertTrue(created.tableArn().matches("arn:aws:dynamodb:us-east-1:\\d{12}:table/" + name), created.tableArn());
        assertNotNull(created.tableId());
        assertNotNull(created.creationDateTime());
        assertEquals(0L, created.itemCount());
        assertEquals(0L, created.tableSizeBytes());
        assertEquals(Boolean.FALSE, created.deletionProtectionEnabled());
        assertEquals(StreamViewType.NEW_IMAGE, created.streamSpecification().streamViewType());
        assertTrue(created.streamSpecification().streamEnabled());
        assertNotNull(created.latestStreamLabel());
        assertEquals(created.tableArn() + "/stream/" + created.latestStreamLabel(), created.latestStreamArn());

        TableDescription described = ddb.describeTable(r -> r.tableName(name)).table();
        assertEquals(TableStatus.ACTIVE, described.tableStatus());
        assertEquals(created.tableArn(), described.tableArn());
        assertEquals(created.latestStreamArn(), described.latestStreamArn());
        GlobalSecondaryIndexDescription gsi = described.globalSecondaryIndexes().get(0);
        assertEquals("byGpk", gsi.indexName());
        assertEquals(List.of(key("gpk", KeyType.HASH), key("sk", KeyType.RANGE)), gsi.keySchema());
        assertEquals(ProjectionType.INCLUDE, gsi.projection().projectionType());
        assertEquals(List.of("a", "b"), gsi.projection().nonKeyAttributes());
        assertEquals(described.tableArn() + "/index/byGpk", gsi.indexArn());
        assertEquals("ACTIVE", gsi.indexStatusAsString());
        LocalSecondaryIndexDescription lsi = described.localSecondaryIndexes().get(0);
        assertEquals("byLsk", lsi.indexName());
        assertEquals(ProjectionType.KEYS_ONLY, lsi.projection().projectionType());
        assertEquals(described.tableArn() + "/index/byLsk", lsi.indexArn());
    }

    @Test
    void onDemandTableReportsItsBillingModeAndItemCount() {
        String name = tableName("ondemand");
        TableDescription created = createTable(ddb, name, "id", null);
        assertEquals(BillingMode.PAY_PER_REQUEST, created.billingModeSummary().billingMode());
        assertEquals(0L, created.provisionedThroughput().readCapacityUnits());
        ddb.putItem(r -> r.tableName(name).item(item("id", "a", "x", "1234")));
        ddb.putItem(r -> r.tableName(name).item(item("id", "b")));
        TableDescription described = ddb.describeTable(r -> r.tableName(name)).table();
        assertEquals(BillingMode.PAY_PER_REQUEST, described.billingModeSummary().billingMode());
        assertEquals(2L, described.itemCount());
        assertTrue(described.tableSizeBytes() > 0);
    }

    @Test
    void duplicateCreateTableIsResourceInUse() {
        JsonNode recorded = recordedError("test_create_duplicate_table");
        String name = tableName("dup");
        createTable(ddb, name, "id", null);
        expectError(ResourceInUseException.class, recorded.get("error_code").asText(),
                recorded.get("message").asText().replace("<test-table>", name),
                () -> createTable(ddb, name, "id", null));
    }

    @Test
    void payPerRequestWithProvisionedThroughputIsInvalid() {
        JsonNode recorded = recordedError("test_dynamodb_pay_per_request");
        expectError(DynamoDbException.class, recorded.get("error_code").asText(), recorded.get("message").asText(),
                () -> ddb.createTable(r -> r.tableName(tableName("ppr"))
                        .keySchema(key("id", KeyType.HASH))
                        .attributeDefinitions(attr("id", ScalarAttributeType.S))
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L))));
    }

    @Test
    void createTableWithoutThroughputForProvisionedIsInvalid() {
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "",
                () -> ddb.createTable(r -> r.tableName(tableName("noprov"))
                        .keySchema(key("id", KeyType.HASH))
                        .attributeDefinitions(attr("id", ScalarAttributeType.S))));
    }

    @Test
    void createTableWithKeyMissingFromAttributeDefinitionsIsInvalid() {
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "",
                () -> ddb.createTable(r -> r.tableName(tableName("baddefs"))
                        .keySchema(key("id", KeyType.HASH))
                        .attributeDefinitions(attr("other", ScalarAttributeType.S))
                        .billingMode(BillingMode.PAY_PER_REQUEST)));
    }

    @Test
    void deleteTableOfMissingTableIsResourceNotFound() {
        JsonNode recorded = recordedError("test_table_crud");
        expectError(ResourceNotFoundException.class, "ResourceNotFoundException", recorded.get("message").asText(),
                () -> ddb.deleteTable(r -> r.tableName("non-existent")));
    }

    @Test
    void describeTableOfMissingTableIsResourceNotFound() {
        expectErrorStartingWith(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> ddb.describeTable(r -> r.tableName("no-such-table")));
    }

    @Test
    void deleteTableRemovesTableAndItsItems() {
        String name = tableName("gone");
        createTable(ddb, name, "id", null);
        ddb.putItem(r -> r.tableName(name).item(item("id", "a")));
        TableDescription deleted = ddb.deleteTable(r -> r.tableName(name)).tableDescription();
        assertEquals(name, deleted.tableName());
        assertFalse(ddb.listTables().tableNames().contains(name));
        expectErrorStartingWith(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> ddb.getItem(r -> r.tableName(name).key(item("id", "a"))));
        createTable(ddb, name, "id", null);
        assertFalse(ddb.getItem(r -> r.tableName(name).key(item("id", "a"))).hasItem(), "a re-created table starts empty");
    }

    @Test
    void listTablesPaginatesInNameOrder() {
        String prefix = "list-" + System.nanoTime() + "-";
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String name = prefix + (char) ('a' + i);
            createTable(ddb, name, "id", null);
            mine.add(name);
        }
        // Page by page, 3 at a time, starting just before this test's names.
        List<String> seen = new ArrayList<>();
        String start = prefix.substring(0, prefix.length() - 1);
        int pages = 0;
        while (true) {
            String from = start;
            ListTablesResponse page = ddb.listTables(r -> r.limit(3).exclusiveStartTableName(from));
            pages++;
            page.tableNames().stream().filter(n -> n.startsWith(prefix)).forEach(seen::add);
            assertTrue(page.tableNames().size() <= 3);
            if (page.lastEvaluatedTableName() == null || !page.lastEvaluatedTableName().startsWith(prefix)) {
                break;
            }
            assertEquals(page.tableNames().get(page.tableNames().size() - 1), page.lastEvaluatedTableName());
            start = page.lastEvaluatedTableName();
        }
        assertEquals(mine, seen);
        assertTrue(pages >= 3);

        // The SDK's paginator follows LastEvaluatedTableName to the end.
        List<String> all = ddb.listTablesPaginator(r -> r.limit(2)).tableNames().stream().toList();
        assertTrue(all.containsAll(mine));
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(null);
        assertEquals(sorted, all, "ListTables returns names in order");
    }

    @Test
    void updateTableEnablesAndDisablesStream() {
        String name = tableName("streams");
        TableDescription created = createTable(ddb, name, "id", null);
        assertNull(created.latestStreamArn());
        TableDescription enabled = ddb.updateTable(r -> r.tableName(name)
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES))).tableDescription();
        assertNotNull(enabled.latestStreamArn());
        assertEquals(StreamViewType.NEW_AND_OLD_IMAGES, enabled.streamSpecification().streamViewType());
        String firstArn = enabled.latestStreamArn();

        // Enabling an enabled stream is an error.
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "",
                () -> ddb.updateTable(r -> r.tableName(name)
                        .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY))));

        TableDescription disabled = ddb.updateTable(r -> r.tableName(name)
                .streamSpecification(s -> s.streamEnabled(false))).tableDescription();
        DescribeTableResponse afterDisable = ddb.describeTable(r -> r.tableName(name));
        assertTrue(afterDisable.table().streamSpecification() == null
                || !Boolean.TRUE.equals(afterDisable.table().streamSpecification().streamEnabled()), disabled.toString());

        TableDescription again = ddb.updateTable(r -> r.tableName(name)
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY))).tableDescription();
        assertNotNull(again.latestStreamArn());
        assertFalse(firstArn.equals(again.latestStreamArn()), "a re-enabled stream is a new stream");
    }

    @Test
    void updateTableAddsAndRemovesGlobalSecondaryIndex() {
        String name = tableName("gsis");
        createTable(ddb, name, "id", null);
        ddb.putItem(r -> r.tableName(name).item(item("id", "a", "color", "red")));
        ddb.putItem(r -> r.tableName(name).item(item("id", "b", "color", "blue")));
        ddb.putItem(r -> r.tableName(name).item(item("id", "c")));

        TableDescription updated = ddb.updateTable(r -> r.tableName(name)
                .attributeDefinitions(attr("color", ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(CreateGlobalSecondaryIndexAction.builder()
                        .indexName("byColor").keySchema(key("color", KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL)).build()).build())).tableDescription();
        assertTrue(updated.globalSecondaryIndexes().stream().anyMatch(g -> g.indexName().equals("byColor")));

        // The index is backfilled with the items already in the table (ACTIVE at once locally; wait a little if not).
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline && !ddb.describeTable(r -> r.tableName(name)).table()
                .globalSecondaryIndexes().get(0).indexStatusAsString().equals("ACTIVE")) {
            Thread.onSpinWait();
        }
        List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> red = ddb.query(r -> r.tableName(name)
                .indexName("byColor").keyConditionExpression("color = :c")
                .expressionAttributeValues(Map.of(":c", s("red")))).items();
        assertEquals(List.of(item("id", "a", "color", "red")), red);

        ddb.updateTable(r -> r.tableName(name).globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
                .delete(DeleteGlobalSecondaryIndexAction.builder().indexName("byColor").build()).build()));
        long deadline2 = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline2 && ddb.describeTable(r -> r.tableName(name)).table().hasGlobalSecondaryIndexes()
                && !ddb.describeTable(r -> r.tableName(name)).table().globalSecondaryIndexes().isEmpty()) {
            Thread.onSpinWait();
        }
        expectError(DynamoDbException.class, "ValidationException", "The table does not have the specified index: byColor",
                () -> ddb.query(r -> r.tableName(name).indexName("byColor").keyConditionExpression("color = :c")
                        .expressionAttributeValues(Map.of(":c", s("red")))));
    }

    @Test
    void updateTableOfMissingTableIsResourceNotFound() {
        expectErrorStartingWith(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> ddb.updateTable(r -> r.tableName("no-such-table-upd")
                        .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY))));
    }

    @Test
    void timeToLiveIsEnabledDescribedAndCannotBeEnabledTwice() {
        String name = tableName("ttl");
        createTable(ddb, name, "id", null);
        assertEquals(TimeToLiveStatus.DISABLED,
                ddb.describeTimeToLive(r -> r.tableName(name)).timeToLiveDescription().timeToLiveStatus());
        TimeToLiveSpecification spec = ddb.updateTimeToLive(r -> r.tableName(name)
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt"))).timeToLiveSpecification();
        assertTrue(spec.enabled());
        assertEquals("expiresAt", spec.attributeName());
        var described = ddb.describeTimeToLive(r -> r.tableName(name)).timeToLiveDescription();
        assertEquals(TimeToLiveStatus.ENABLED, described.timeToLiveStatus());
        assertEquals("expiresAt", described.attributeName());
        expectErrorStartingWith(DynamoDbException.class, "ValidationException", "TimeToLive is already enabled",
                () -> ddb.updateTimeToLive(r -> r.tableName(name)
                        .timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt"))));
        ddb.updateTimeToLive(r -> r.tableName(name).timeToLiveSpecification(t -> t.enabled(false).attributeName("expiresAt")));
        assertEquals(TimeToLiveStatus.DISABLED,
                ddb.describeTimeToLive(r -> r.tableName(name)).timeToLiveDescription().timeToLiveStatus());
    }

    @Test
    void timeToLiveOfMissingTableIsResourceNotFound() {
        expectErrorStartingWith(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> ddb.describeTimeToLive(r -> r.tableName("no-such-table-ttl")));
    }
}
