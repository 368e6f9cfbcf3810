package com.apartmentbooking.local.store;

import java.util.Collections;
import java.util.Iterator;
import java.util.function.Function;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * Reads straight from the MVStore maps. Only consistent while the caller keeps writers out, which
 * {@link Store} does with its lock; values are copied out because MVStore hands out the arrays its pages hold.
 */
final class MapsView implements OrderedView {

    private final Function<String, MVMap<byte[], byte[]>> existingMap;

    MapsView(Function<String, MVMap<byte[], byte[]>> existingMap) {
        this.existingMap = existingMap;
    }

    @Override
    public byte[] get(String map, byte[] key) {
        MVMap<byte[], byte[]> m = existingMap.apply(map);
        byte[] value = m == null ? null : m.get(key);
        return value == null ? null : value.clone();
    }

    @Override
    public Iterator<Entry> entries(String map, byte[] from, byte[] to, boolean ascending) {
        MVMap<byte[], byte[]> m = existingMap.apply(map);
        if (m == null) {
            return Collections.emptyIterator();
        }
        // MVStore cursors take inclusive bounds; the exclusive upper bound is applied while iterating.
        byte[] start = ascending ? from : (to == null ? m.lastKey() : m.lowerKey(to));
        if (start == null && !ascending) {
            return Collections.emptyIterator();
        }
        Cursor<byte[], byte[]> cursor = m.cursor(start, ascending ? to : from, !ascending);
        return new LookAheadIterator<>() {
            @Override
            protected Entry advance() {
                if (!cursor.hasNext()) {
                    return null;
                }
                byte[] key = cursor.next();
                if (ascending && to != null && Keys.ORDER.compare(key, to) >= 0) {
                    return null;
                }
                return new Entry(key.clone(), cursor.getValue().clone());
            }
        };
    }
}
