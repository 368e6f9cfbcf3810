package com.apartmentbooking.local.store;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The decoded records of one {@link RecordMap}, by key, reused for as long as the stored bytes stay the same: for
 * immutable records read far more often than they are written. A state machine is one (every StartExecution reads
 * it), and so is an execution's definition (every DescribeExecution reads it); decoding the machine was about 40%
 * of StartExecution's CPU in a profile. Reading the bytes and comparing them keeps the answer exactly what the store
 * holds, in the same read view, whoever wrote it; a key read back as absent is forgotten.
 *
 * <p>A definition may be 1 MB, so what the memo holds is bounded: it keeps at most {@value #MAX_BYTES} stored bytes
 * and is emptied when a record would take it past them.
 */
public final class RecordMemo<T> {

    static final int MAX_BYTES = 4 * 1024 * 1024;

    private record Decoded<T>(byte[] bytes, T value) {
    }

    private final RecordMap<T> records;
    private final Map<String, Decoded<T>> byKey = new ConcurrentHashMap<>();
    private long bytesHeld;

    public RecordMemo(RecordMap<T> records) {
        this.records = records;
    }

    /** The record under {@code key}, or null, as {@link RecordMap#get} reads it. */
    public T get(StoreView view, String key) {
        byte[] bytes = view.get(records.name(), key);
        if (bytes == null) {
            forget(key);
            return null;
        }
        Decoded<T> known = byKey.get(key);
        if (known != null && Arrays.equals(known.bytes(), bytes)) {
            return known.value();
        }
        T value = records.decode(bytes);
        remember(key, new Decoded<>(bytes.clone(), value));
        return value;
    }

    private synchronized void remember(String key, Decoded<T> decoded) {
        if (bytesHeld + decoded.bytes().length > MAX_BYTES) {
            byKey.clear();
            bytesHeld = 0;
        }
        if (decoded.bytes().length <= MAX_BYTES) {
            Decoded<T> replaced = byKey.put(key, decoded);
            bytesHeld += decoded.bytes().length - (replaced == null ? 0 : replaced.bytes().length);
        }
    }

    private synchronized void forget(String key) {
        Decoded<T> removed = byKey.remove(key);
        if (removed != null) {
            bytesHeld -= removed.bytes().length;
        }
    }

    /** How many stored bytes the memo holds now. */
    synchronized long bytesHeld() {
        return bytesHeld;
    }
}
