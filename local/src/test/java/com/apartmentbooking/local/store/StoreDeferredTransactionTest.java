package com.apartmentbooking.local.store;

import static com.apartmentbooking.local.store.StoreLogRecoveryTest.copyFiles;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deferred transactions: readers see them at once; they become durable with the next forced transaction, or by
 * the background flush when none comes; a crash before either loses them and only them, never a forced
 * transaction, nor a deferred one that a forced one came after. The files are copied while the store is still
 * open, which is what a crash leaves.
 */
class StoreDeferredTransactionTest {

    private static final long NO_CHECKPOINT = 1L << 40;
    private static final long NO_FLUSH = TimeUnit.HOURS.toMillis(1);

    @TempDir
    Path dir;

    @TempDir
    Path crashed;

    @Test
    void readersSeeADeferredTransactionAsSoonAsItReturns() {
        try (Store store = Store.open(dir, NO_CHECKPOINT, NO_FLUSH)) {
            store.deferredTransaction(tx -> tx.put("items", "a", Keys.utf8("seen")));
            assertArrayEquals(Keys.utf8("seen"), store.read(view -> view.get("items", "a")));
        }
    }

    @Test
    void aCrashLosesTheDeferredTransactionsAfterTheLastForcedOneOnly() throws IOException {
        try (Store store = Store.open(dir, NO_CHECKPOINT, NO_FLUSH)) {
            store.transaction(tx -> tx.put("items", "1", Keys.utf8("forced")));
            store.deferredTransaction(tx -> tx.put("items", "2", Keys.utf8("deferred, then forced with 3")));
            store.transaction(tx -> tx.put("items", "3", Keys.utf8("forced")));
            store.deferredTransaction(tx -> tx.put("items", "4", Keys.utf8("deferred")));
            store.deferredTransaction(tx -> tx.delete("items", "1"));
            copyFiles(dir, crashed);
        }
        try (Store reopened = Store.open(crashed)) {
            reopened.read(view -> {
                assertArrayEquals(Keys.utf8("forced"), view.get("items", "1"), "the deferred delete was lost");
                assertArrayEquals(Keys.utf8("deferred, then forced with 3"), view.get("items", "2"));
                assertArrayEquals(Keys.utf8("forced"), view.get("items", "3"));
                assertNull(view.get("items", "4"));
                return null;
            });
        }
    }

    @Test
    void aForcedTransactionThatWritesNothingForcesTheDeferredOnesItCouldHaveRead() throws IOException {
        try (Store store = Store.open(dir, NO_CHECKPOINT, NO_FLUSH)) {
            store.deferredTransaction(tx -> tx.put("items", "a", Keys.utf8("deferred")));
            store.transaction(tx -> tx.get("items", "a"));
            copyFiles(dir, crashed);
        }
        try (Store reopened = Store.open(crashed)) {
            assertArrayEquals(Keys.utf8("deferred"), reopened.read(view -> view.get("items", "a")));
        }
    }

    @Test
    void theBackgroundFlushMakesADeferredTransactionDurableWithoutAForcedOne() throws Exception {
        try (Store store = Store.open(dir, NO_CHECKPOINT, 1)) {
            store.deferredTransaction(tx -> tx.put("items", "a", Keys.utf8("flushed")));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (logBytes(dir) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            copyFiles(dir, crashed);
        }
        try (Store reopened = Store.open(crashed)) {
            assertArrayEquals(Keys.utf8("flushed"), reopened.read(view -> view.get("items", "a")));
        }
    }

    @Test
    void closingKeepsDeferredTransactionsThatWereNeverForced() {
        try (Store store = Store.open(dir, NO_CHECKPOINT, NO_FLUSH)) {
            store.deferredTransaction(tx -> tx.put("items", "a", Keys.utf8("kept")));
        }
        try (Store reopened = Store.open(dir)) {
            assertArrayEquals(Keys.utf8("kept"), reopened.read(view -> view.get("items", "a")));
        }
    }

    private static long logBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            long total = 0;
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("store.log.")).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }
}
