package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes item changes with their stream records in one store commit, and announces to {@link Housekeeping} when
 * what it wrote falls due: an item's TTL, a record's end of retention, a transaction token's end of life.
 * Callers hold the locks of the changed items' tables.
 */
final class ItemWrites {

    /**
     * One item change; {@code old}/{@code updated} are null for a missing item before/after it.
     *
     * @param ttlDelete true when the TTL sweeper makes it, which its stream record tells
     */
    record Change(TableDefinition table, ItemKey key, Map<String, AttributeValue> old,
                  Map<String, AttributeValue> updated, boolean ttlDelete) {
    }

    private final DynamoDbStore store;
    private final StreamRecordFactory streamRecords;
    private final Housekeeping housekeeping;
    private final StreamActivity streamActivity;

    ItemWrites(DynamoDbStore store, StreamRecordFactory streamRecords, Housekeeping housekeeping,
               StreamActivity streamActivity) {
        this.store = store;
        this.streamRecords = streamRecords;
        this.housekeeping = housekeeping;
        this.streamActivity = streamActivity;
    }

    /** Writes one item change made by a client. */
    void write(TableDefinition table, ItemKey key, Map<String, AttributeValue> old,
               Map<String, AttributeValue> updated) {
        commit(List.of(new Change(table, key, old, updated, false)), null);
    }

    /** Writes the changes as one commit; {@code token}, when not null, is kept in the same commit. */
    void commit(List<Change> changes, TransactionToken token) {
        List<DynamoDbStore.ItemWrite> writes = new ArrayList<>();
        List<StreamRecord> records = new ArrayList<>();
        for (Change change : changes) {
            writes.add(new DynamoDbStore.ItemWrite(change.table().name(), change.key(), change.updated()));
            streamRecords.recordFor(change.table(), change.old(), change.updated(), change.ttlDelete())
                    .ifPresent(records::add);
        }
        store.commit(writes, records, token);
        for (Change change : changes) {
            String ttlAttribute = change.table().ttlAttribute();
            if (ttlAttribute != null && change.updated() != null) {
                TtlSweeper.expiry(change.updated().get(ttlAttribute)).ifPresent(housekeeping::dueBy);
            }
        }
        for (StreamRecord record : records) {
            housekeeping.dueBy(StreamRetention.endOf(record));
        }
        records.stream().map(StreamRecord::streamArn).distinct().forEach(streamActivity::appended);
        if (token != null) {
            housekeeping.dueBy(TransactionTokens.endOf(token.firstUsed()));
        }
    }
}
