package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deletes items whose TTL attribute has passed, the way DynamoDB's background process does: the attribute must be
 * a Number of epoch seconds in the past, but not more than five years in the past (AWS ignores those). Each
 * deletion writes a REMOVE stream record marked as made by the DynamoDB service. Time comes from the service's
 * clock, so tests and operators can move it.
 */
public final class TtlSweeper {

    private static final Duration IGNORED_AFTER = Duration.ofDays(5 * 365);

    private final DynamoDbService service;

    public TtlSweeper(DynamoDbService service) {
        this.service = service;
    }

    /** Deletes every expired item now; returns how many were deleted. */
    public int sweep() {
        int deleted = 0;
        for (TableDefinition listed : service.store().tables()) {
            if (listed.ttlAttribute() != null) {
                deleted += sweep(listed.name());
            }
        }
        return deleted;
    }

    private int sweep(String tableName) {
        Instant now = service.clock().instant();
        try (TableLocks.Held held = service.locks().lock(tableName)) {
            TableDefinition table = service.store().table(tableName).orElse(null);
            if (table == null || table.ttlAttribute() == null) {
                return 0;
            }
            List<Map.Entry<ItemKey, Map<String, AttributeValue>>> expired = new ArrayList<>();
            for (Map.Entry<ItemKey, Map<String, AttributeValue>> entry : service.store().items(tableName).entrySet()) {
                if (expired(entry.getValue().get(table.ttlAttribute()), now)) {
                    expired.add(entry);
                }
            }
            // One commit for the whole sweep of a table: one disk sync, however many items expired together.
            List<DynamoDbStore.ItemWrite> deletions = new ArrayList<>();
            List<StreamRecord> records = new ArrayList<>();
            for (Map.Entry<ItemKey, Map<String, AttributeValue>> entry : expired) {
                deletions.add(new DynamoDbStore.ItemWrite(tableName, entry.getKey(), null));
                service.streamRecords().recordFor(table, entry.getValue(), null, true).ifPresent(records::add);
            }
            if (!deletions.isEmpty()) {
                service.store().commit(deletions, records);
            }
            return expired.size();
        }
    }

    private static boolean expired(AttributeValue value, Instant now) {
        if (!(value instanceof AttributeValue.N number)) {
            return false;
        }
        BigDecimal seconds = number.bigDecimal();
        BigDecimal nowSeconds = BigDecimal.valueOf(now.getEpochSecond());
        return seconds.compareTo(nowSeconds) <= 0
                && seconds.compareTo(BigDecimal.valueOf(now.minus(IGNORED_AFTER).getEpochSecond())) > 0;
    }
}
