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
 * stream members only when the table has a stream.
 */
final class TableDescriptions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final DynamoDbService service;

    TableDescriptions(DynamoDbService service) {
        this.service = service;
    }

    /** {@code status} is ACTIVE, or DELETING for DeleteTable's answer. */
    ObjectNode describe(TableDefinition table, String status) {
        ObjectNode description = JSON.objectNode();
        ArrayNode definitions = description.putArray("AttributeDefinitions");
        table.attributeDefinitions().forEach((name, type) ->
                definitions.addObject().put("AttributeName", name).put("AttributeType", type));
        description.put("TableName", table.name());
        description.set("KeySchema", keySchema(table.keySchema()));
        description.put("TableStatus", status);
        description.put("CreationDateTime", epochSeconds(table.created()));
        description.set("ProvisionedThroughput", throughput(table.readCapacity(), table.writeCapacity()));
        description.put("TableSizeBytes", service.tableSizeBytes(table.name()));
        description.put("ItemCount", service.itemCount(table.name()));
        String tableArn = service.arns().table(table.name());
        description.put("TableArn", tableArn);
        description.put("TableId", table.tableId());
        if (table.billingMode().equals("PAY_PER_REQUEST")) {
            description.putObject("BillingModeSummary").put("BillingMode", "PAY_PER_REQUEST")
                    .put("LastUpdateToPayPerRequestDateTime", epochSeconds(table.created()));
        }
        ArrayNode local = JSON.arrayNode();
        ArrayNode global = JSON.arrayNode();
        for (SecondaryIndex index : table.indexes()) {
            ObjectNode node = (index.global() ? global : local).addObject();
            node.put("IndexName", index.name());
            node.set("KeySchema", keySchema(index.keySchema()));
            ObjectNode projection = node.putObject("Projection").put("ProjectionType", index.projectionType());
            if (!index.nonKeyAttributes().isEmpty()) {
                ArrayNode nonKey = projection.putArray("NonKeyAttributes");
                index.nonKeyAttributes().forEach(nonKey::add);
            }
            if (index.global()) {
                node.put("IndexStatus", "ACTIVE");
                node.set("ProvisionedThroughput", throughput(index.readCapacity(), index.writeCapacity()));
            }
            node.put("IndexSizeBytes", 0);
            node.put("ItemCount", service.indexItemCount(table.name(), index));
            node.put("IndexArn", service.arns().index(table.name(), index.name()));
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

    static ArrayNode keySchema(KeySchema keys) {
        ArrayNode schema = JSON.arrayNode();
        schema.addObject().put("AttributeName", keys.hashKey()).put("KeyType", "HASH");
        if (keys.rangeKey() != null) {
            schema.addObject().put("AttributeName", keys.rangeKey()).put("KeyType", "RANGE");
        }
        return schema;
    }

    private static ObjectNode throughput(long read, long write) {
        return JSON.objectNode().put("NumberOfDecreasesToday", 0).put("ReadCapacityUnits", read)
                .put("WriteCapacityUnits", write);
    }

    /** AWS JSON timestamps are epoch seconds with a fraction. */
    static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3);
    }
}
