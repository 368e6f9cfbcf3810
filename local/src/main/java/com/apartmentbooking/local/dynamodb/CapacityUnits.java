package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.ItemSizes;
import java.util.Map;
import java.util.Objects;

/**
 * DynamoDB's capacity arithmetic (Developer Guide, "Read and write operations"), on item sizes as
 * {@link ItemSizes} counts them. A read unit covers 4 KB read strongly consistently; an eventually consistent read
 * costs half, a transactional one double. A write unit covers 1 KB written; a transactional write costs double.
 * Reading or writing one item costs at least one unit even when there is no item. Writes also cost what they change
 * in the table's secondary indexes.
 */
final class CapacityUnits {

    static final long READ_UNIT_BYTES = 4 * 1024;
    static final long WRITE_UNIT_BYTES = 1024;

    /** How a read is made, which sets the price of a read unit. */
    enum ReadMode {
        EVENTUAL(0.5), CONSISTENT(1), TRANSACTIONAL(2);

        private final double factor;

        ReadMode(double factor) {
            this.factor = factor;
        }

        static ReadMode of(boolean consistentRead) {
            return consistentRead ? CONSISTENT : EVENTUAL;
        }
    }

    private CapacityUnits() {
    }

    /** One item read by its key (GetItem, each key of BatchGetItem or TransactGetItems); null: no such item. */
    static double itemRead(Map<String, AttributeValue> item, ReadMode mode) {
        return Math.max(1, units(item == null ? 0 : ItemSizes.of(item), READ_UNIT_BYTES)) * mode.factor;
    }

    /** Items read together (Query, Scan): their sizes are added up before rounding to 4 KB. */
    static double bulkRead(long bytes, ReadMode mode) {
        return units(bytes, READ_UNIT_BYTES) * mode.factor;
    }

    /** The least a Query or Scan costs, also when it reads nothing. */
    static double minimumRead(ReadMode mode) {
        return mode.factor;
    }

    /**
     * Charges one item's change ({@code old}/{@code updated} null for a missing item before/after it, both the same
     * for a transaction's condition check) to the table, by the larger of the two images, and to each index whose
     * entry the change puts, replaces or deletes.
     */
    static void chargeWrite(ConsumedCapacity capacity, TableDefinition table, Map<String, AttributeValue> old,
                            Map<String, AttributeValue> updated) {
        double factor = capacity.transactional() ? 2 : 1;
        long bytes = Math.max(old == null ? 0 : ItemSizes.of(old), updated == null ? 0 : ItemSizes.of(updated));
        capacity.addTable(Math.max(1, units(bytes, WRITE_UNIT_BYTES)) * factor);
        for (SecondaryIndex index : table.indexes()) {
            long indexUnits = indexWrite(table, index, old, updated);
            if (indexUnits > 0) {
                capacity.addIndex(index, indexUnits * factor);
            }
        }
    }

    /**
     * Write units a change costs on one index (Developer Guide, "Provisioned throughput considerations for Global
     * Secondary Indexes", the same for local ones): an entry put or deleted costs its size; a changed index key
     * costs the delete of the old entry and the put of the new; a change of projected attributes only costs the
     * larger entry; a change the index does not see costs nothing.
     */
    static long indexWrite(TableDefinition table, SecondaryIndex index, Map<String, AttributeValue> old,
                           Map<String, AttributeValue> updated) {
        Map<String, AttributeValue> before = old != null && IndexView.contains(index, old)
                ? IndexView.project(table, index, old) : null;
        Map<String, AttributeValue> after = updated != null && IndexView.contains(index, updated)
                ? IndexView.project(table, index, updated) : null;
        if (before == null && after == null || Objects.equals(before, after)) {
            return 0;
        }
        if (before == null || after == null) {
            return entryWrite(before == null ? after : before);
        }
        if (!sameIndexKey(index, before, after)) {
            return entryWrite(before) + entryWrite(after);
        }
        return Math.max(entryWrite(before), entryWrite(after));
    }

    private static boolean sameIndexKey(SecondaryIndex index, Map<String, AttributeValue> before,
                                        Map<String, AttributeValue> after) {
        String hash = index.keySchema().hashKey();
        String range = index.keySchema().rangeKey();
        return before.get(hash).equals(after.get(hash)) && (range == null || before.get(range).equals(after.get(range)));
    }

    private static long entryWrite(Map<String, AttributeValue> entry) {
        return Math.max(1, units(ItemSizes.of(entry), WRITE_UNIT_BYTES));
    }

    private static long units(long bytes, long unitBytes) {
        return (bytes + unitBytes - 1) / unitBytes;
    }
}
