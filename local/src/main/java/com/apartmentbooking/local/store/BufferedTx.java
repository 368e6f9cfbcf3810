package com.apartmentbooking.local.store;

import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import org.h2.mvstore.MVMap;

/**
 * Writes held aside over a base view: a transaction's, until its body has finished, so that a body that throws
 * leaves everything untouched; and a batch's, until the batch is durable, so that readers never see it before.
 * Reads merge the writes over the base.
 */
final class BufferedTx implements Tx, OrderedView {

    private final OrderedView base;
    private final Map<String, MapWrites> pending = new HashMap<>();

    BufferedTx(OrderedView base) {
        this.base = base;
    }

    @Override
    public void put(String map, byte[] key, byte[] value) {
        writes(map).put(key.clone(), value.clone());
    }

    @Override
    public void delete(String map, byte[] key) {
        writes(map).delete(key.clone());
    }

    @Override
    public void clear(String map) {
        writes(map).clear();
    }

    private MapWrites writes(String map) {
        return pending.computeIfAbsent(map, name -> new MapWrites());
    }

    @Override
    public byte[] get(String map, byte[] key) {
        MapWrites mapWrites = pending.get(map);
        if (mapWrites != null) {
            byte[] written = mapWrites.writes().get(key);
            if (written != null) {
                return written == MapWrites.DELETED ? null : written.clone();
            }
            if (mapWrites.cleared()) {
                return null;
            }
        }
        return base.get(map, key);
    }

    @Override
    public Iterator<Entry> entries(String map, byte[] from, byte[] to, boolean ascending) {
        MapWrites mapWrites = pending.get(map);
        if (mapWrites == null) {
            return base.entries(map, from, to, ascending);
        }
        Iterator<Entry> committed = mapWrites.cleared() ? Collections.emptyIterator()
                : base.entries(map, from, to, ascending);
        return new Merged(committed, range(mapWrites.writes(), from, to, ascending).entrySet().iterator(), ascending);
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

    /** The writes by map, for the log. */
    Map<String, MapWrites> writesByMap() {
        return pending;
    }

    /** Adds this transaction's writes to {@code batch}, after the batch's own. */
    void mergeInto(BufferedTx batch) {
        pending.forEach((name, mapWrites) -> mapWrites.mergeInto(batch.writes(name)));
    }

    /** Applies the writes to the maps; the caller keeps readers out, so nobody sees them half-done. */
    void applyTo(Function<String, MVMap<byte[], byte[]>> openMap) {
        pending.forEach((name, mapWrites) -> mapWrites.applyTo(openMap.apply(name)));
    }

    /** The base's entries with this layer's writes over them, in scan order; own writes shadow equal keys. */
    private static final class Merged extends LookAheadIterator<Entry> {

        private final Iterator<Entry> base;
        private final Iterator<Map.Entry<byte[], byte[]>> own;
        private final boolean ascending;
        private Entry nextBase;
        private Map.Entry<byte[], byte[]> nextOwn;

        Merged(Iterator<Entry> base, Iterator<Map.Entry<byte[], byte[]>> own, boolean ascending) {
            this.base = base;
            this.own = own;
            this.ascending = ascending;
            nextBase = base.hasNext() ? base.next() : null;
            nextOwn = own.hasNext() ? own.next() : null;
        }

        @Override
        protected Entry advance() {
            while (nextBase != null || nextOwn != null) {
                // order < 0: the base entry comes first in scan order; > 0: the own write; 0: same key.
                int order;
                if (nextBase == null) {
                    order = 1;
                } else if (nextOwn == null) {
                    order = -1;
                } else {
                    int byKey = Keys.ORDER.compare(nextBase.key(), nextOwn.getKey());
                    order = ascending ? byKey : -byKey;
                }
                if (order < 0) {
                    Entry visible = nextBase;
                    nextBase = base.hasNext() ? base.next() : null;
                    return visible;
                }
                Map.Entry<byte[], byte[]> written = nextOwn;
                if (order == 0) {
                    nextBase = base.hasNext() ? base.next() : null;
                }
                nextOwn = own.hasNext() ? own.next() : null;
                if (written.getValue() != MapWrites.DELETED) {
                    return new Entry(written.getKey().clone(), written.getValue().clone());
                }
            }
            return null;
        }
    }
}
