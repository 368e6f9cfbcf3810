package com.apartmentbooking.local.store;

import java.util.TreeMap;
import org.h2.mvstore.MVMap;

/** One map's writes not yet in the map: whether it was cleared first, then puts and deletions by key. */
final class MapWrites {

    /** Marks a deleted key (compared by identity, never stored). */
    static final byte[] DELETED = new byte[0];

    private boolean cleared;
    private final TreeMap<byte[], byte[]> writes = new TreeMap<>(Keys.ORDER);

    boolean cleared() {
        return cleared;
    }

    /** Puts and deletions ({@link #DELETED}) by key, in key order. */
    TreeMap<byte[], byte[]> writes() {
        return writes;
    }

    void put(byte[] key, byte[] value) {
        writes.put(key, value);
    }

    void delete(byte[] key) {
        writes.put(key, DELETED);
    }

    void clear() {
        cleared = true;
        writes.clear();
    }

    /** Adds these writes to {@code target} as writes made after the target's own. */
    void mergeInto(MapWrites target) {
        if (cleared) {
            target.clear();
        }
        target.writes.putAll(writes);
    }

    void applyTo(MVMap<byte[], byte[]> map) {
        if (cleared) {
            map.clear();
        }
        writes.forEach((key, value) -> {
            if (value == DELETED) {
                map.remove(key);
            } else {
                map.put(key, value);
            }
        });
    }
}
