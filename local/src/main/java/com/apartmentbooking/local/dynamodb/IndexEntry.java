package com.apartmentbooking.local.dynamodb;

/**
 * One item's place in a secondary index: the index key first (in {@link ItemKey}'s order), then, among items with
 * equal index keys, the hash of the table key as DynamoDB orders them, and the table key itself, which makes entries
 * unique. A null table key sorts first, so {@code (indexKey, null)} is the lower bound of the entries of an index key.
 */
record IndexEntry(ItemKey indexKey, ItemKey tableKey) implements Comparable<IndexEntry> {

    @Override
    public int compareTo(IndexEntry other) {
        int byIndex = indexKey.compareTo(other.indexKey);
        if (byIndex != 0) {
            return byIndex;
        }
        if (tableKey == null || other.tableKey == null) {
            return tableKey == other.tableKey ? 0 : tableKey == null ? -1 : 1;
        }
        int byKeyHash = Integer.compare(tableKey.keyHash(), other.tableKey.keyHash());
        return byKeyHash != 0 ? byKeyHash : tableKey.compareTo(other.tableKey);
    }
}
