package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deletes items whose TTL attribute has passed, the way DynamoDB's background process does: the attribute must be
 * a Number of epoch seconds in the past, but not more than five years in the past (AWS ignores those). Each
 * deletion writes a REMOVE stream record marked as made by the DynamoDB service. Time comes from the runtime's
 * clock, and {@link Housekeeping} runs the sweep when the earliest TTL falls due, so moving the clock expires items.
 */
public final class TtlSweeper implements Housekeeping.DueWork {

    private static final Duration IGNORED_AFTER = Duration.ofDays(5 * 365);
    /** Beyond this an epoch-seconds value is no instant: such an item never expires. */
    private static final BigDecimal LAST_SECOND = BigDecimal.valueOf(Instant.MAX.getEpochSecond());

    private final DynamoDbStore store;
    private final TableLocks locks;
    private final ItemWrites writes;
    private final Clock clock;

    TtlSweeper(DynamoDbStore store, TableLocks locks, ItemWrites writes, Clock clock) {
        this.store = store;
        this.locks = locks;
        this.writes = writes;
        this.clock = clock;
    }

    /** Deletes every expired item now; returns how many were deleted. */
    public int sweep() {
        int deleted = 0;
        for (TableDefinition listed : store.tables()) {
            if (listed.ttlAttribute() != null) {
                deleted += sweep(listed.name(), clock.now()).deleted();
            }
        }
        return deleted;
    }

    @Override
    public Optional<Instant> runDue() {
        Instant next = null;
        for (TableDefinition listed : store.tables()) {
            if (listed.ttlAttribute() != null) {
                Instant due = sweep(listed.name(), clock.now()).next();
                if (due != null && (next == null || due.isBefore(next))) {
                    next = due;
                }
            }
        }
        return Optional.ofNullable(next);
    }

    /** The instant a TTL attribute value expires at, if it is a Number that can expire. */
    static Optional<Instant> expiry(AttributeValue value) {
        if (!(value instanceof AttributeValue.N number)) {
            return Optional.empty();
        }
        BigDecimal seconds = number.bigDecimal().setScale(0, RoundingMode.CEILING);
        return seconds.compareTo(LAST_SECOND) > 0 || seconds.compareTo(LAST_SECOND.negate()) < 0 ? Optional.empty()
                : Optional.of(Instant.ofEpochSecond(seconds.longValueExact()));
    }

    /** How many items of a table expired, and when the next one of its items expires (null: none will). */
    private record Sweep(int deleted, Instant next) {
    }

    private Sweep sweep(String tableName, Instant now) {
        try (TableLocks.Held held = locks.lock(tableName)) {
            TableDefinition table = store.table(tableName).orElse(null);
            if (table == null || table.ttlAttribute() == null) {
                return new Sweep(0, null);
            }
            List<ItemWrites.Change> deletions = new ArrayList<>();
            Instant next = null;
            for (Map.Entry<ItemKey, Map<String, AttributeValue>> entry : store.items(tableName).entrySet()) {
                AttributeValue ttl = entry.getValue().get(table.ttlAttribute());
                if (expired(ttl, now)) {
                    deletions.add(new ItemWrites.Change(table, entry.getKey(), entry.getValue(), null, true));
                } else {
                    Instant expiry = expiry(ttl).filter(now::isBefore).orElse(null);
                    if (expiry != null && (next == null || expiry.isBefore(next))) {
                        next = expiry;
                    }
                }
            }
            // One commit for the whole sweep of a table: one disk sync, however many items expired together.
            if (!deletions.isEmpty()) {
                writes.commit(deletions, null);
            }
            return new Sweep(deletions.size(), next);
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
