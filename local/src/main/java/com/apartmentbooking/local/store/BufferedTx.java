package com.apartmentbooking.local.store;

import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.h2.mvstore.MVMap;

/**
 * A transaction's writes, held aside until the body has finished, so that a body that throws leaves the maps
 * untouched; reads merge them over the committed maps.
 */
final class BufferedTx implements Tx {

    /** Marks a deleted key in a map's writes (compared by identity, never stored). */
    private static final byte[] DELETED = new byte[0];

    /** One map's pending writes: whether it was cleared first, then puts and deletions by key. */
    private static final class MapWrites {
        boolean cleared;
        final TreeMap<byte[], byte[]> writes = new TreeMap<>(Keys.ORDER);
    }

    private final MapsView committed;
    private final Map<String, MapWrites> pending = new HashMap<>();

    BufferedTx(MapsView committed) {
        this.committed = committed;
    }

    @Override
    public void put(String map, byte[] key, byte[] value) {
        writes(map).writes.put(key.clone(), value.clone());
    }

    @Override
    public void delete(String map, byte[] key) {
        writes(map).writes.put(key.clone(), DELETED);
    }

    @Override
    public void clear(String map) {
        MapWrites mapWrites = writes(map);
        mapWrites.cleared = true;
        mapWrites.writes.clear();
    }

    private MapWrites writes(String map) {
        return pending.computeIfAbsent(map, name -> new MapWrites());
    }

    @Override
    public byte[] get(String map, byte[] key) {
        MapWrites mapWrites = pending.get(map);
        if (mapWrites != null) {
            byte[] written = mapWrites.writes.get(key);
            if (written != null) {
                return written == DELETED ? null : written.clone();
            }
            if (mapWrites.cleared) {
                return null;
            }
        }
        return committed.get(map, key);
    }

    @Override
    public void scan(String map, byte[] from, byte[] to, boolean ascending, Predicate<Entry> visitor) {
        MapWrites mapWrites = pending.get(map);
        if (mapWrites == null) {
            committed.scan(map, from, to, ascending, visitor);
            return;
        }
        Iterator<Entry> base = mapWrites.cleared ? Collections.emptyIterator()
                : committed.entries(map, from, to, ascending);
        Iterator<Map.Entry<byte[], byte[]>> own = range(mapWrites.writes, from, to, ascending).entrySet().iterator();
        Entry nextBase = base.hasNext() ? base.next() : null;
        Map.Entry<byte[], byte[]> nextOwn = own.hasNext() ? own.next() : null;
        while (nextBase != null || nextOwn != null) {
            // order < 0: the committed entry comes first in scan order; > 0: the own write; 0: same key.
            int order;
            if (nextBase == null) {
                order = 1;
            } else if (nextOwn == null) {
                order = -1;
            } else {
                int byKey = Keys.ORDER.compare(nextBase.key(), nextOwn.getKey());
                order = ascending ? byKey : -byKey;
            }
            Entry visible;
            if (order < 0) {
                visible = nextBase;
                nextBase = base.hasNext() ? base.next() : null;
            } else {
                // The transaction's own write shadows the committed entry with the same key.
                visible = nextOwn.getValue() == DELETED ? null
                        : new Entry(nextOwn.getKey().clone(), nextOwn.getValue().clone());
                if (order == 0) {
                    nextBase = base.hasNext() ? base.next() : null;
                }
                nextOwn = own.hasNext() ? own.next() : null;
            }
            if (visible != null && !visitor.test(visible)) {
                return;
            }
        }
    }

    private static NavigableMap<byte[], byte[]> range(NavigableMap<byte[], byte[]> writes, byte[] from, byte[] to,
            boolean ascending) {
        NavigableMap<byte[], byte[]> range = writes;
        if (from != null) {
            range = range.tailMap(from, true);
        }
        if (to != null) {
            range = range.headMap(to, false);
        }
        return ascending ? range : range.descendingMap();
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Applies the writes to the maps; the caller holds the store's write lock, so nobody sees them half-done. */
    void applyTo(Function<String, MVMap<byte[], byte[]>> openMap) {
        pending.forEach((name, mapWrites) -> {
            MVMap<byte[], byte[]> map = openMap.apply(name);
            if (mapWrites.cleared) {
                map.clear();
            }
            mapWrites.writes.forEach((key, value) -> {
                if (value == DELETED) {
                    map.remove(key);
                } else {
                    map.put(key, value);
                }
            });
        });
    }
}
