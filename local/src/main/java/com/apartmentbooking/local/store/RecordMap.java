package com.apartmentbooking.local.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * One map of the {@link Store} whose values are records of one type, kept as {@link StoredJson}: what every
 * service's store class reads and writes through instead of encoding and decoding by hand.
 */
public final class RecordMap<T> {

    private final String map;
    private final Class<T> type;

    public RecordMap(String map, Class<T> type) {
        this.map = map;
        this.type = type;
    }

    /** The record under {@code key}, or null. */
    public T get(StoreView view, String key) {
        return decode(view.get(map, key));
    }

    /** Whether a record is stored under {@code key}, without decoding it. */
    public boolean contains(StoreView view, String key) {
        return view.get(map, key) != null;
    }

    /** Stored bytes of this map as a record; null reads as null. */
    T decode(byte[] bytes) {
        return StoredJson.decode(bytes, type);
    }

    /** The records whose keys start with {@code prefix}, in key order. */
    public List<T> list(StoreView view, String prefix) {
        return list(view, Keys.utf8(prefix));
    }

    /** The records whose keys start with {@code prefix}, in key order. */
    public List<T> list(StoreView view, byte[] prefix) {
        List<T> values = new ArrayList<>();
        view.scan(map, prefix, Keys.prefixEnd(prefix), true, entry -> values.add(StoredJson.decode(entry.value(), type)));
        return values;
    }

    /**
     * At most {@code limit} records whose keys start with {@code prefix} and sort after {@code after}, in key
     * order: a page of a listing that the previous page ended at {@code after} (null for the first page).
     */
    public List<T> list(StoreView view, String prefix, String after, int limit) {
        List<T> values = new ArrayList<>();
        if (limit > 0) {
            scan(view, prefix, after, (key, value) -> {
                values.add(value);
                return values.size() < limit;
            });
        }
        return values;
    }

    /**
     * Visits the records whose keys start with {@code prefix} and sort after {@code after} (null: from the
     * first), with their keys, in key order, until {@code visitor} returns false.
     */
    public void scan(StoreView view, String prefix, String after, BiPredicate<String, T> visitor) {
        byte[] start = Keys.utf8(prefix);
        byte[] from = after == null ? start : Keys.successor(Keys.utf8(after));
        view.scan(map, from, Keys.prefixEnd(start), true,
                entry -> visitor.test(entry.keyString(), StoredJson.decode(entry.value(), type)));
    }

    public void put(Tx tx, String key, T value) {
        tx.put(map, key, StoredJson.encode(value));
    }

    public void delete(Tx tx, String key) {
        tx.delete(map, key);
    }

    /** The name of the map, for reads a record map does not cover (ranges, counts). */
    public String name() {
        return map;
    }
}
