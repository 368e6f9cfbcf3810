package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The response members ReturnConsumedCapacity and ReturnItemCollectionMetrics ask for, in AWS's shapes:
 * ConsumedCapacity with TOTAL (TableName, CapacityUnits) or INDEXES (also Table and the indexes' units), one object or
 * a list of one per table; ItemCollectionMetrics with SIZE (ItemCollectionKey, SizeEstimateRangeGB), one object or a
 * map of lists by table. Transactions' entries repeat the units as ReadCapacityUnits or WriteCapacityUnits.
 */
final class CapacityResponses {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CapacityResponses() {
    }

    /** Adds ConsumedCapacity as one object, when the request asked for it. */
    static void consumedCapacity(ObjectNode response, JsonNode request, ConsumedCapacity capacity) {
        String level = level(request);
        if (level != null) {
            response.set("ConsumedCapacity", capacityJson(capacity, level.equals("INDEXES")));
        }
    }

    /** Adds ConsumedCapacity as a list of one entry per table, when the request asked for it. */
    static void consumedCapacities(ObjectNode response, JsonNode request, Collection<ConsumedCapacity> capacities) {
        String level = level(request);
        if (level != null) {
            ArrayNode list = response.putArray("ConsumedCapacity");
            capacities.forEach(capacity -> list.add(capacityJson(capacity, level.equals("INDEXES"))));
        }
    }

    /** Whether the request asked for ReturnItemCollectionMetrics SIZE. */
    static boolean wantsItemCollectionMetrics(JsonNode request) {
        JsonNode value = request.get("ReturnItemCollectionMetrics");
        return value != null && "SIZE".equals(value.asText());
    }

    static ObjectNode itemCollectionMetrics(ItemCollectionMetrics metrics) {
        ObjectNode node = JSON.objectNode();
        node.set("ItemCollectionKey", AttributeValues.itemToJson(metrics.itemCollectionKey()));
        node.putArray("SizeEstimateRangeGB").add(metrics.lowerGb()).add(metrics.upperGb());
        return node;
    }

    /** ItemCollectionMetrics of a batch or transaction: each table's collections; absent when there are none. */
    static void itemCollectionMetrics(ObjectNode response, Map<String, List<ItemCollectionMetrics>> byTable) {
        if (byTable.isEmpty()) {
            return;
        }
        ObjectNode tables = response.putObject("ItemCollectionMetrics");
        byTable.forEach((table, collections) -> {
            ArrayNode list = tables.putArray(table);
            collections.forEach(metrics -> list.add(itemCollectionMetrics(metrics)));
        });
    }

    /** TOTAL or INDEXES; null for NONE or no ReturnConsumedCapacity. */
    private static String level(JsonNode request) {
        JsonNode value = request.get("ReturnConsumedCapacity");
        String level = value == null ? null : value.asText();
        return "TOTAL".equals(level) || "INDEXES".equals(level) ? level : null;
    }

    private static ObjectNode capacityJson(ConsumedCapacity capacity, boolean indexes) {
        ObjectNode node = JSON.objectNode();
        node.put("TableName", capacity.tableName());
        units(node, capacity, capacity.total());
        if (indexes) {
            units(node.putObject("Table"), capacity, capacity.table());
            indexUnits(node, "LocalSecondaryIndexes", capacity.localIndexes(), capacity);
            indexUnits(node, "GlobalSecondaryIndexes", capacity.globalIndexes(), capacity);
        }
        return node;
    }

    private static void indexUnits(ObjectNode node, String member, Map<String, Double> units,
                                   ConsumedCapacity capacity) {
        if (!units.isEmpty()) {
            ObjectNode indexes = node.putObject(member);
            units.forEach((index, value) -> units(indexes.putObject(index), capacity, value));
        }
    }

    private static void units(ObjectNode node, ConsumedCapacity capacity, double value) {
        node.put("CapacityUnits", value);
        if (capacity.transactional()) {
            node.put(capacity.kind() == ConsumedCapacity.Kind.READ ? "ReadCapacityUnits" : "WriteCapacityUnits",
                    value);
        }
    }
}
