package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a table item appears in a secondary index: whether it is in the index at all (it must carry the index's key
 * attributes) and which of its attributes the index projects.
 */
final class IndexView {

    private IndexView() {
    }

    static boolean contains(SecondaryIndex index, Map<String, AttributeValue> item) {
        return item.containsKey(index.keySchema().hashKey())
                && (index.keySchema().rangeKey() == null || item.containsKey(index.keySchema().rangeKey()));
    }

    /** The item as the index stores it: table and index keys, plus what the projection type adds. */
    static Map<String, AttributeValue> project(TableDefinition table, SecondaryIndex index,
                                               Map<String, AttributeValue> item) {
        if (index.projectionType().equals("ALL")) {
            return item;
        }
        Map<String, AttributeValue> projected = new LinkedHashMap<>();
        item.forEach((name, value) -> {
            if (isKey(table, index, name) || index.nonKeyAttributes().contains(name)) {
                projected.put(name, value);
            }
        });
        return projected;
    }

    /** Table and index key attributes: what LastEvaluatedKey of an index query holds. */
    static Map<String, AttributeValue> keys(TableDefinition table, SecondaryIndex index,
                                            Map<String, AttributeValue> item) {
        Map<String, AttributeValue> keys = new LinkedHashMap<>(StreamRecordFactory.keysOf(table, item));
        if (index != null) {
            keys.put(index.keySchema().hashKey(), item.get(index.keySchema().hashKey()));
            if (index.keySchema().rangeKey() != null) {
                keys.put(index.keySchema().rangeKey(), item.get(index.keySchema().rangeKey()));
            }
        }
        return keys;
    }

    /** Whether the index holds that attribute of its items. */
    static boolean projects(TableDefinition table, SecondaryIndex index, String name) {
        return index.projectionType().equals("ALL") || isKey(table, index, name)
                || index.nonKeyAttributes().contains(name);
    }

    private static boolean isKey(TableDefinition table, SecondaryIndex index, String name) {
        return name.equals(table.keySchema().hashKey()) || name.equals(table.keySchema().rangeKey())
                || name.equals(index.keySchema().hashKey()) || name.equals(index.keySchema().rangeKey());
    }
}
