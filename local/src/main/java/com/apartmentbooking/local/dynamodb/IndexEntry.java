package com.apartmentbooking.local.dynamodb;

import java.util.Comparator;

/**
 * One item's place in a secondary index: the index key first, then the table key, which makes entries unique
 * (several items may share an index key) and orders them the way an index query returns them.
 * A null table key sorts first, so {@code (indexKey, null)} is the lower bound of an index partition.
 */
record IndexEntry(ItemKey indexKey, ItemKey tableKey) implements Comparable<IndexEntry> {

    private static final Comparator<ItemKey> TABLE_KEYS = Comparator.nullsFirst(Comparator.naturalOrder());

    @Override
    public int compareTo(IndexEntry other) {
        int byIndex = indexKey.compareTo(other.indexKey);
        return byIndex != 0 ? byIndex : TABLE_KEYS.compare(tableKey, other.tableKey);
    }
}
