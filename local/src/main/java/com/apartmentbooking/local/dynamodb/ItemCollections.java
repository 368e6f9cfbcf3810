package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.ItemSizes;
import java.util.Map;
import java.util.Optional;

/**
 * Item collections: the items of one partition key value in a table with local secondary indexes, together with
 * their entries in those indexes. DynamoDB reports a collection's size as a range of whole gigabytes.
 */
final class ItemCollections {

    /** Each index entry is stored with 100 bytes of overhead (Developer Guide, "Item collections in LSIs"). */
    static final long INDEX_ENTRY_OVERHEAD_BYTES = 100;
    private static final double BYTES_PER_GB = 1024.0 * 1024 * 1024;

    private final DynamoDbStore store;

    ItemCollections(DynamoDbStore store) {
        this.store = store;
    }

    /** The metrics of the collection the item (or key) belongs to; empty for a table without local indexes. */
    Optional<ItemCollectionMetrics> metrics(TableDefinition table, Map<String, AttributeValue> itemOrKey) {
        if (table.indexes().stream().allMatch(SecondaryIndex::global)) {
            return Optional.empty();
        }
        String hashKey = table.keySchema().hashKey();
        AttributeValue partition = itemOrKey.get(hashKey);
        long bytes = 0;
        for (Map<String, AttributeValue> item : store.items(table.name())
                .tailMap(new ItemKey(partition, null), true).values()) {
            if (!partition.equals(item.get(hashKey))) {
                break;
            }
            bytes += ItemSizes.of(item);
            for (SecondaryIndex index : table.indexes()) {
                if (!index.global() && IndexView.contains(index, item)) {
                    bytes += ItemSizes.of(IndexView.project(table, index, item)) + INDEX_ENTRY_OVERHEAD_BYTES;
                }
            }
        }
        return Optional.of(new ItemCollectionMetrics(Map.of(hashKey, partition), lowerBoundGb(bytes)));
    }

    /** The whole gigabytes below the size: the estimate is that many up to one more. */
    static double lowerBoundGb(long bytes) {
        return Math.floor(bytes / BYTES_PER_GB);
    }
}
