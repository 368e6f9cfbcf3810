package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.ItemSizes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns one item change into the stream record AWS would write for it, or into none: a table without an enabled
 * stream gets no records, and neither does a write that leaves the item exactly as it was.
 */
final class StreamRecordFactory {

    private final DynamoDbStore store;
    private final Clock clock;
    private final String region;
    private final TableArns arns;

    StreamRecordFactory(DynamoDbStore store, Clock clock, String region, TableArns arns) {
        this.store = store;
        this.clock = clock;
        this.region = region;
        this.arns = arns;
    }

    /** {@code oldItem}/{@code newItem} are null for a missing item before/after the change. */
    Optional<StreamRecord> recordFor(TableDefinition table, Map<String, AttributeValue> oldItem,
                                     Map<String, AttributeValue> newItem, boolean ttlDelete) {
        if (!table.streamEnabled() || (oldItem == null && newItem == null)
                || (oldItem != null && oldItem.equals(newItem))) {
            return Optional.empty();
        }
        TableStream stream = table.stream();
        String eventName = oldItem == null ? "INSERT" : newItem == null ? "REMOVE" : "MODIFY";
        Map<String, AttributeValue> keys = keysOf(table, newItem != null ? newItem : oldItem);
        String viewType = stream.viewType();
        Map<String, AttributeValue> newImage =
                viewType.equals("NEW_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES") ? newItem : null;
        Map<String, AttributeValue> oldImage =
                viewType.equals("OLD_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES") ? oldItem : null;
        // SizeBytes counts the keys and the images the record carries (checked against AWS's recorded sizes).
        long size = ItemSizes.of(keys) + (newImage == null ? 0 : ItemSizes.of(newImage))
                + (oldImage == null ? 0 : ItemSizes.of(oldImage));
        // AWS reports ApproximateCreationDateTime in whole seconds.
        Instant created = clock.now().truncatedTo(ChronoUnit.SECONDS);
        return Optional.of(new StreamRecord(stream.arn(arns.table(table.name())), store.nextSequenceNumber(),
                UUID.randomUUID().toString().replace("-", ""), eventName, region, created, keys, newImage,
                oldImage, size, viewType, ttlDelete));
    }

    static Map<String, AttributeValue> keysOf(TableDefinition table, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> keys = new LinkedHashMap<>();
        keys.put(table.keySchema().hashKey(), item.get(table.keySchema().hashKey()));
        if (table.keySchema().rangeKey() != null) {
            keys.put(table.keySchema().rangeKey(), item.get(table.keySchema().rangeKey()));
        }
        return keys;
    }
}
