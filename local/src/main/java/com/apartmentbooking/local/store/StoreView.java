package com.apartmentbooking.local.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads of a consistent state of all maps: inside {@link Store#read} a snapshot between transactions, inside
 * a {@link Tx} that state plus the transaction's own writes. A map that was never written reads as empty.
 * Returned arrays are copies the caller may keep or change.
 */
public interface StoreView {

    /** The value under {@code key}, or {@code null}. */
    byte[] get(String map, byte[] key);

    default byte[] get(String map, String key) {
        return get(map, Keys.utf8(key));
    }

    /**
     * Visits the entries with {@code from <= key < to} in key order (descending when {@code !ascending}) until
     * {@code visitor} returns false. A {@code null} bound is unbounded.
     */
    void scan(String map, byte[] from, byte[] to, boolean ascending, Predicate<Entry> visitor);

    /** At most {@code limit} entries of the range, in the given order. */
    default List<Entry> scan(String map, byte[] from, byte[] to, boolean ascending, int limit) {
        List<Entry> entries = new ArrayList<>();
        if (limit > 0) {
            scan(map, from, to, ascending, entry -> {
                entries.add(entry);
                return entries.size() < limit;
            });
        }
        return entries;
    }
}
