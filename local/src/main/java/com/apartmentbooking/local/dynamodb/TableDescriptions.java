package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.KeySchema;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Writes a table as AWS's {@code TableDescription}, member for member as recorded from AWS (responses.json):
 * provisioned throughput is reported also for on-demand tables (as zeros), BillingModeSummary only for on-demand,
 * stream members only when the table has a stream. The status is the table's ({@link TableStatus}): a table being
 * created shows its indexes CREATING and no LastUpdateToPayPerRequestDateTime yet; a table being updated its old
 * capacities and indexes, with an index being added CREATING and one being removed DELETING.
 */
final class TableDescriptions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final DynamoDbService service;

    TableDescriptions(DynamoDbService service) {
        this.service = service;
    }

    /** DescribeTable's and CreateTable's description; an index being added is backfilling. */
    ObjectNode describe(TableDefinition table) {
        return describe(table, true);
    }

    /** UpdateTable's answer: an index it adds has not started backfilling yet. */
    ObjectNode describeUpdate(TableDefinition table) {
        return describe(table, false);
    }

    /**
     * DeleteTable's answer, with the members AWS's has (responses.json, test_table_crud); the counts are the table's
     * as it was before the call.
     */
    ObjectNode describeDeleting(TableDefinition table, long itemCount, long sizeBytes) {
        ObjectNode description = JSON.objectNode();
        description.put("TableName", table.name());
        description.put("TableStatus", table.status().name());
        description.set("ProvisionedThroughput", throughput(table.readCapacity(), table.writeCapacity(),
                table.throughputChanges()));
        description.put("TableSizeBytes", sizeBytes);
        description.put("ItemCount", itemCount);
        description.put("TableArn", service.arns().table(table.name()));
        description.put("TableId", table.tableId());
        description.put("DeletionProtectionEnabled", table.deletionProtection());
        return description;
    }

    private ObjectNode describe(TableDefinition table, boolean backfilling) {
        TableStatus status = table.status();
        TableDefinition target = status.target();
        ObjectNode description = JSON.objectNode();
        ArrayNode definitions = description.putArray("AttributeDefinitions");
        (target == null ? table : target).attributeDefinitions().forEach((name, type) ->
                definitions.addObject().put("AttributeName", name).put("AttributeType", type));
        description.put("TableName", table.name());
        description.set("KeySchema", keySchema(table.keySchema()));
        description.put("TableStatus", status.name());
        description.put("CreationDateTime", epochSeconds(table.created()));
        description.set("ProvisionedThroughput", throughput(table.readCapacity(), table.writeCapacity(),
                table.throughputChanges()));
        description.put("TableSizeBytes", service.tableSizeBytes(table.name()));
        description.put("ItemCount", service.itemCount(table.name()));
        String tableArn = service.arns().table(table.name());
        description.put("TableArn", tableArn);
        description.put("TableId", table.tableId());
        if (table.billingMode().equals("PAY_PER_REQUEST")) {
            ObjectNode summary = description.putObject("BillingModeSummary").put("BillingMode", "PAY_PER_REQUEST");
            if (!status.name().equals("CREATING")) {
                summary.put("LastUpdateToPayPerRequestDateTime", epochSeconds(table.created()));
            }
        }
        ArrayNode local = JSON.arrayNode();
        ArrayNode global = JSON.arrayNode();
        for (SecondaryIndex index : table.indexes()) {
            String indexStatus = status.name().equals("CREATING") ? "CREATING"
                    : target != null && target.index(index.name()).isEmpty() ? "DELETING" : "ACTIVE";
            describeIndex(table, index, index.global() ? global : local, indexStatus, null);
        }
        if (target != null) {
            for (SecondaryIndex index : target.indexes()) {
                if (table.creatingIndex(index.name())) {
                    describeIndex(table, index, global, "CREATING", backfilling);
                }
            }
        }
        if (!local.isEmpty()) {
            description.set("LocalSecondaryIndexes", local);
        }
        if (!global.isEmpty()) {
            description.set("GlobalSecondaryIndexes", global);
        }
        if (table.stream() != null) {
            if (table.stream().enabled()) {
                description.putObject("StreamSpecification").put("StreamEnabled", true)
                        .put("StreamViewType", table.stream().viewType());
            }
            description.put("LatestStreamLabel", table.stream().label());
            description.put("LatestStreamArn", table.stream().arn(tableArn));
        }
        description.put("DeletionProtectionEnabled", table.deletionProtection());
        return description;
    }

    /**
     * {@code backfilling} is null for an index the table has: AWS shows Backfilling only for one UpdateTable is
     * adding, which has counted no items yet.
     */
    private void describeIndex(TableDefinition table, SecondaryIndex index, ArrayNode into, String indexStatus,
                               Boolean backfilling) {
        ObjectNode node = into.addObject();
        node.put("IndexName", index.name());
        node.set("KeySchema", keySchema(index.keySchema()));
        ObjectNode projection = node.putObject("Projection").put("ProjectionType", index.projectionType());
        if (!index.nonKeyAttributes().isEmpty()) {
            ArrayNode nonKey = projection.putArray("NonKeyAttributes");
            index.nonKeyAttributes().forEach(nonKey::add);
        }
        if (index.global()) {
            node.put("IndexStatus", indexStatus);
            if (backfilling != null) {
                node.put("Backfilling", backfilling);
            }
            node.set("ProvisionedThroughput", throughput(index.readCapacity(), index.writeCapacity(),
                    ThroughputChanges.NONE));
        }
        node.put("IndexSizeBytes", 0);
        node.put("ItemCount", backfilling == null ? service.indexItemCount(table.name(), index) : 0);
        node.put("IndexArn", service.arns().index(table.name(), index.name()));
    }

    static ArrayNode keySchema(KeySchema keys) {
        ArrayNode schema = JSON.arrayNode();
        schema.addObject().put("AttributeName", keys.hashKey()).put("KeyType", "HASH");
        if (keys.rangeKey() != null) {
            schema.addObject().put("AttributeName", keys.rangeKey()).put("KeyType", "RANGE");
        }
        return schema;
    }

    private ObjectNode throughput(long read, long write, ThroughputChanges changes) {
        ObjectNode throughput = JSON.objectNode();
        if (changes.lastIncrease() != null) {
            throughput.put("LastIncreaseDateTime", epochSeconds(changes.lastIncrease()));
        }
        if (changes.lastDecrease() != null) {
            throughput.put("LastDecreaseDateTime", epochSeconds(changes.lastDecrease()));
        }
        int decreasesToday = changes.decreasesOn(ThroughputChanges.day(service.clock().now()));
        return throughput.put("NumberOfDecreasesToday", decreasesToday).put("ReadCapacityUnits", read)
                .put("WriteCapacityUnits", write);
    }

    /** AWS JSON timestamps are epoch seconds with a fraction. */
    static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3);
    }
}
