package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.ItemSizes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * BatchGetItem and BatchWriteItem. The whole batch is validated first (limits, tables, keys, duplicates), as
 * AWS rejects a batch before doing any of it; then each write is applied on its own, like single writes.
 * Writes are all processed (UnprocessedItems is always empty); reads stop at AWS's 16 MB answer limit.
 */
final class Batches {

    static final int MAX_GET_KEYS = 100;
    static final int MAX_WRITES = 25;
    /** AWS answers at most 16 MB of items per BatchGetItem; the keys beyond come back as UnprocessedKeys. */
    static final long MAX_RESPONSE_BYTES = 16L * 1024 * 1024;
    private static final String DUPLICATES = "Provided list of item keys contains duplicates";

    private final DynamoDbStore store;
    private final TableLocks locks;
    private final ItemWrites writes;

    Batches(DynamoDbStore store, TableLocks locks, ItemWrites writes) {
        this.store = store;
        this.locks = locks;
        this.writes = writes;
    }

    BatchGetResult get(Map<String, BatchGetRequest> request) {
        // Duplicates and the key count are checked before any table is looked up, keys counted in request order.
        int total = 0;
        for (BatchGetRequest tableRequest : request.values()) {
            Set<Map<String, AttributeValue>> seen = new HashSet<>();
            for (Map<String, AttributeValue> key : tableRequest.keys()) {
                if (!seen.add(key)) {
                    throw DynamoDbException.validation(DUPLICATES);
                }
                if (++total > MAX_GET_KEYS) {
                    throw DynamoDbException.validation("Too many items requested for the BatchGetItem call");
                }
            }
        }
        Map<String, List<ItemKey>> keys = new LinkedHashMap<>();
        request.forEach((tableName, tableRequest) -> {
            TableDefinition table = ItemTables.require(store, tableName);
            List<ItemKey> tableKeys = new ArrayList<>();
            for (Map<String, AttributeValue> key : tableRequest.keys()) {
                tableKeys.add(PrimaryKeys.fromKey(table, key));
            }
            keys.put(tableName, tableKeys);
        });
        Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
        Map<String, List<Map<String, AttributeValue>>> unprocessed = new LinkedHashMap<>();
        List<ConsumedCapacity> capacities = new ArrayList<>();
        long bytes = 0;
        for (Map.Entry<String, List<ItemKey>> table : keys.entrySet()) {
            String tableName = table.getKey();
            BatchGetRequest tableRequest = request.get(tableName);
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            responses.put(tableName, items);
            // Each key is a read of its own, rounded on its own; keys left unprocessed cost nothing.
            ConsumedCapacity capacity = ConsumedCapacity.reads(tableName);
            capacities.add(capacity);
            CapacityUnits.ReadMode mode = CapacityUnits.ReadMode.of(tableRequest.consistentRead());
            for (int i = 0; i < table.getValue().size(); i++) {
                Map<String, AttributeValue> item = store.item(tableName, table.getValue().get(i)).orElse(null);
                Map<String, AttributeValue> projected = item == null || tableRequest.projection() == null ? item
                        : tableRequest.projection().apply(item);
                if (projected != null && bytes + ItemSizes.of(projected) > MAX_RESPONSE_BYTES) {
                    bytes = MAX_RESPONSE_BYTES;
                }
                if (bytes >= MAX_RESPONSE_BYTES) {
                    unprocessed.put(tableName, tableRequest.keys().subList(i, tableRequest.keys().size()));
                    break;
                }
                capacity.addTable(CapacityUnits.itemRead(item, mode));
                if (projected != null) {
                    bytes += ItemSizes.of(projected);
                    items.add(projected);
                }
            }
        }
        return new BatchGetResult(responses, unprocessed, capacities);
    }

    /** Applies the writes; returns the capacity each table's writes consumed, in the order of the tables. */
    List<ConsumedCapacity> write(Map<String, List<BatchWriteRequest>> request) {
        int total = request.values().stream().mapToInt(List::size).sum();
        if (total > MAX_WRITES) {
            throw DynamoDbException.validation("Too many items requested for the BatchWriteItem call");
        }
        // Item sizes need no table, so they are checked before any table is looked up.
        request.values().forEach(writes -> writes.stream().map(BatchWriteRequest::putItem)
                .filter(Objects::nonNull).forEach(ItemChecks::checkSize));
        record Planned(TableDefinition table, ItemKey key, BatchWriteRequest write) {
        }
        List<Planned> planned = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        request.forEach((tableName, writes) -> {
            TableDefinition table = ItemTables.require(store, tableName);
            for (BatchWriteRequest write : writes) {
                ItemKey key;
                if (write.putItem() != null) {
                    key = batchKey(table, write.putItem(), true);
                } else {
                    key = batchKey(table, write.deleteKey(), false);
                }
                if (!seen.add(List.of(tableName, key))) {
                    throw DynamoDbException.validation(DUPLICATES);
                }
                planned.add(new Planned(table, key, write));
            }
        });
        Map<String, ConsumedCapacity> capacities = new LinkedHashMap<>();
        request.keySet().forEach(tableName -> capacities.put(tableName, ConsumedCapacity.writes(tableName)));
        for (Planned write : planned) {
            try (TableLocks.Held held = locks.lock(write.table().name())) {
                TableDefinition table = ItemTables.require(store, write.table().name());
                Map<String, AttributeValue> old = store.item(table.name(), write.key()).orElse(null);
                writes.write(table, write.key(), old, write.write().putItem());
                CapacityUnits.chargeWrite(capacities.get(table.name()), table, old, write.write().putItem());
            }
        }
        return List.copyOf(capacities.values());
    }

    /** BatchWriteItem reports any key problem, also of a put item, as a schema mismatch (recorded on AWS). */
    private static ItemKey batchKey(TableDefinition table, Map<String, AttributeValue> itemOrKey, boolean put) {
        if (!put) {
            return PrimaryKeys.fromKey(table, itemOrKey);
        }
        String hash = table.keySchema().hashKey();
        String range = table.keySchema().rangeKey();
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put(hash, itemOrKey.get(hash));
        if (range != null) {
            key.put(range, itemOrKey.get(range));
        }
        key.values().removeIf(Objects::isNull);
        ItemKey itemKey = PrimaryKeys.fromKey(table, key);
        PrimaryKeys.checkIndexKeys(table, itemOrKey);
        return itemKey;
    }
}
