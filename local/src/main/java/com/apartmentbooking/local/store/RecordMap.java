package com.apartmentbooking.local.store;

import java.util.ArrayList;
import java.util.List;

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
        return StoredJson.decode(view.get(map, key), type);
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
