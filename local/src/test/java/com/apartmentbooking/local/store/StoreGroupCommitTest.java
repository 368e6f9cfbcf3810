package com.apartmentbooking.local.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers arriving together are committed together: every caller still gets its own result or its own failure,
 * a failing body costs only its caller its writes, and everything acknowledged is in the file after a reopen.
 */
class StoreGroupCommitTest {

    private static final int WRITERS = 8;
    private static final int TRANSACTIONS_PER_WRITER = 100;

    @TempDir
    Path dir;

    @Test
    void concurrentWritersGetTheirOwnOutcomesAndOnlyFailedBodiesLoseTheirWrites() throws Exception {
        AtomicInteger failed = new AtomicInteger();
        try (Store store = Store.open(dir)) {
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int i = 0; i < TRANSACTIONS_PER_WRITER; i++) {
                        String key = writer + "-" + i;
                        boolean fails = i % 7 == 3;
                        try {
                            String seen = store.transactionReturning(tx -> {
                                tx.put("items", key, new byte[] {(byte) writer});
                                byte[] count = tx.get("counts", "all");
                                int next = count == null ? 1 : count[0] + 1;
                                tx.put("counts", "all", new byte[] {(byte) (next % 100)});
                                if (fails) {
                                    throw new IllegalArgumentException("body of " + key + " fails");
                                }
                                return key;
                            });
                            assertEquals(key, seen);
                        } catch (IllegalArgumentException expected) {
                            assertEquals("body of " + key + " fails", expected.getMessage());
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            writers.shutdown();
        }
        try (Store reopened = Store.open(dir)) {
            int kept = 0;
            for (int w = 0; w < WRITERS; w++) {
                for (int i = 0; i < TRANSACTIONS_PER_WRITER; i++) {
                    String key = w + "-" + i;
                    byte[] stored = reopened.read(view -> view.get("items", key));
                    if (i % 7 == 3) {
                        assertNull(stored, key);
                    } else {
                        assertArrayEquals(new byte[] {(byte) w}, stored, key);
                        kept++;
                    }
                }
            }
            int total = WRITERS * TRANSACTIONS_PER_WRITER;
            assertEquals(total - failed.get(), kept);
            assertArrayEquals(new byte[] {(byte) (kept % 100)}, reopened.read(view -> view.get("counts", "all")));
        }
    }
}
