package com.apartmentbooking.local.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store file gives back the space of deleted data: it does not stay at its peak size, nor grow with churn. */
class StoreSpaceTest {

    private static final int VALUE_BYTES = 4096;
    private static final int ITEMS = 2000;
    private static final long CHECKPOINT_LOG_BYTES = 256 * 1024;
    private static final int ROUNDS = 12;
    private static final int ROUND_ITEMS = 500;

    @TempDir
    Path dir;

    @Test
    void theFileShrinksOnceMostOfItsDataIsDeleted() throws IOException {
        try (Store store = Store.open(dir, CHECKPOINT_LOG_BYTES)) {
            write(store, 0, ITEMS);
        }
        long peak = fileSize();
        try (Store store = Store.open(dir, CHECKPOINT_LOG_BYTES)) {
            delete(store, 0, ITEMS - 100);
            // Later work (a day of it, say) goes on checkpointing while little is live.
            write(store, ITEMS, 200);
            delete(store, ITEMS, 200);
        }
        long after = fileSize();
        assertTrue(after < peak / 3, "the file stayed at " + after + " bytes after its peak of " + peak);
        try (Store reopened = Store.open(dir)) {
            int left = reopened.read(view -> view.scan("items", null, null, true, Integer.MAX_VALUE).size());
            assertEquals(100, left);
        }
    }

    @Test
    void deletingAndWritingAgainReusesTheSpace() throws IOException {
        long largest = 0;
        try (Store store = Store.open(dir, CHECKPOINT_LOG_BYTES)) {
            for (int round = 0; round < ROUNDS; round++) {
                write(store, round * ROUND_ITEMS, ROUND_ITEMS);
                delete(store, round * ROUND_ITEMS, ROUND_ITEMS);
                largest = Math.max(largest, fileSize());
            }
        }
        // Without reuse the file would hold every round's data (12 rounds' worth); checkpoints run in the
        // background, so it may hold a few rounds' before one frees their space (up to two seen on a quiet machine).
        long roundBytes = (long) ROUND_ITEMS * VALUE_BYTES;
        assertTrue(largest <= 4 * roundBytes,
                "the file reached " + largest + " bytes over " + ROUNDS + " rounds of " + roundBytes + " bytes churned");
    }

    private static void write(Store store, int first, int count) {
        for (int from = first; from < first + count; from += 20) {
            int start = from;
            store.transaction(tx -> {
                for (int i = start; i < start + 20 && i < first + count; i++) {
                    tx.put("items", key(i), new byte[VALUE_BYTES]);
                }
            });
        }
    }

    private static void delete(Store store, int first, int count) {
        for (int from = first; from < first + count; from += 20) {
            int start = from;
            store.transaction(tx -> {
                for (int i = start; i < start + 20 && i < first + count; i++) {
                    tx.delete("items", key(i));
                }
            });
        }
    }

    private long fileSize() throws IOException {
        return Files.size(dir.resolve("store.mv.db"));
    }

    private static String key(int i) {
        return String.format("item-%06d", i);
    }
}
