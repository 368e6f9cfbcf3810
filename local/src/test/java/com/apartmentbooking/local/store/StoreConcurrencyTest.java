package com.apartmentbooking.local.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many threads at once: read-modify-write transactions lose no update, and readers never see a transaction
 * half-applied across maps.
 */
class StoreConcurrencyTest {

    private static final int THREADS = 8;
    private static final int INCREMENTS = 250;

    @TempDir
    Path dir;

    @Test
    void concurrentIncrementsAreAllCounted() throws Exception {
        try (Store store = Store.open(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < INCREMENTS; i++) {
                        store.transaction(tx -> tx.put("counters", "c", longBytes(readLong(tx, "counters", "c") + 1)));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();

            long count = store.read(view -> readLong(view, "counters", "c"));
            assertEquals(THREADS * INCREMENTS, count);
        }
    }

    @Test
    void readersSeeTransfersBetweenMapsWhole() throws Exception {
        try (Store store = Store.inMemory()) {
            store.transaction(tx -> {
                tx.put("left", "balance", longBytes(1000));
                tx.put("right", "balance", longBytes(0));
            });
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 2000; i++) {
                    store.transaction(tx -> {
                        tx.put("left", "balance", longBytes(readLong(tx, "left", "balance") - 1));
                        tx.put("right", "balance", longBytes(readLong(tx, "right", "balance") + 1));
                    });
                }
                writing.set(false);
            });
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    while (writing.get()) {
                        long total = store.read(view -> readLong(view, "left", "balance") + readLong(view, "right", "balance"));
                        assertEquals(1000, total);
                    }
                }));
            }
            writer.get();
            for (Future<?> reader : readers) {
                reader.get();
            }
            pool.shutdown();
        }
    }

    private static long readLong(StoreView view, String map, String key) {
        byte[] value = view.get(map, key);
        return value == null ? 0 : ByteBuffer.wrap(value).getLong();
    }

    private static byte[] longBytes(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }
}
