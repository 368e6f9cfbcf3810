package com.apartmentbooking.local.store;

/**
 * A transaction's view and writes. Writes are buffered and reach the maps together, or not at all when the
 * transaction's body throws; reads see the transaction's own writes.
 */
public interface Tx extends StoreView {

    void put(String map, byte[] key, byte[] value);

    default void put(String map, String key, byte[] value) {
        put(map, Keys.utf8(key), value);
    }

    void delete(String map, byte[] key);

    default void delete(String map, String key) {
        delete(map, Keys.utf8(key));
    }

    /** Removes every entry of the map (a dropped table). */
    void clear(String map);
}
