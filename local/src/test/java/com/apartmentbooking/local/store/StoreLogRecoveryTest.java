package com.apartmentbooking.local.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a store left behind without closing (the files as a killed process leaves them: every acknowledged batch
 * forced to its log) opens with every acknowledged transaction, and a damaged end of the log costs only the
 * record it damaged. The files are copied while the store is still open, which is what a crash leaves.
 */
class StoreLogRecoveryTest {

    @TempDir
    Path dir;

    @TempDir
    Path crashed;

    @Test
    void aStoreThatWasNeverClosedReopensWithEveryAcknowledgedTransaction() throws IOException {
        try (Store store = Store.open(dir)) {
            for (int i = 0; i < 50; i++) {
                int n = i;
                store.transaction(tx -> {
                    tx.put("items", key(n), value(n));
                    tx.put("index", key(n), value(n));
                });
            }
            store.transaction(tx -> tx.delete("items", key(7)));
            store.transaction(tx -> tx.clear("index"));
            store.transaction(tx -> tx.put("index", key(1), value(100)));
            copyFiles(dir, crashed);
        }
        try (Store reopened = Store.open(crashed)) {
            reopened.read(view -> {
                for (int i = 0; i < 50; i++) {
                    if (i == 7) {
                        assertNull(view.get("items", key(i)));
                    } else {
                        assertArrayEquals(value(i), view.get("items", key(i)), key(i));
                    }
                }
                assertEquals(1, view.scan("index", null, null, true, 10).size());
                assertArrayEquals(value(100), view.get("index", key(1)));
                return null;
            });
        }
    }

    @Test
    void aRecordCutShortIsDroppedWithNothingBeforeIt() throws IOException {
        writeTenTransactionsAndCrash();
        Path segment = onlySegment(crashed);
        long size = Files.size(segment);
        try (var channel = Files.newByteChannel(segment, StandardOpenOption.WRITE)) {
            channel.truncate(size - 3);
        }
        assertFirstNineOnly(crashed);
    }

    @Test
    void aRecordWithDamagedBytesIsDroppedAndSoIsGarbageAfterIt() throws IOException {
        writeTenTransactionsAndCrash();
        Path segment = onlySegment(crashed);
        byte[] bytes = Files.readAllBytes(segment);
        // The last byte belongs to the last record's value; a stray partial header follows it.
        bytes[bytes.length - 1] ^= 0x5A;
        byte[] withGarbage = new byte[bytes.length + 5];
        System.arraycopy(bytes, 0, withGarbage, 0, bytes.length);
        withGarbage[bytes.length] = 0x7F;
        Files.write(segment, withGarbage);
        assertFirstNineOnly(crashed);
    }

    @Test
    void aReopenedStoreGoesOnWritingAfterADamagedTail() throws IOException {
        writeTenTransactionsAndCrash();
        Path segment = onlySegment(crashed);
        Files.write(segment, new byte[] {0, 0, 0, 40, 1, 2}, StandardOpenOption.APPEND);
        try (Store reopened = Store.open(crashed)) {
            reopened.transaction(tx -> tx.put("items", key(20), value(20)));
            copyFiles(crashed, dir.resolve("second"));
        }
        try (Store again = Store.open(dir.resolve("second"))) {
            assertArrayEquals(value(9), again.read(view -> view.get("items", key(9))));
            assertArrayEquals(value(20), again.read(view -> view.get("items", key(20))));
        }
    }

    @Test
    void manyConcurrentBatchesAcrossManyCheckpointsAreAllKept() throws Exception {
        int writers = 6;
        int perWriter = 150;
        try (Store store = Store.open(dir, 16 * 1024)) {
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        String key = writer + "-" + i;
                        store.transaction(tx -> {
                            tx.put("items", key, new byte[512]);
                            byte[] count = tx.get("counts", "all");
                            tx.put("counts", "all", Keys.utf8(Integer.toString(
                                    count == null ? 1 : Integer.parseInt(Keys.string(count)) + 1)));
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            pool.shutdown();
        }
        try (Store reopened = Store.open(dir)) {
            assertEquals(Integer.toString(writers * perWriter),
                    Keys.string(reopened.read(view -> view.get("counts", "all"))));
            int items = reopened.read(view -> view.scan("items", null, null, true, Integer.MAX_VALUE).size());
            assertEquals(writers * perWriter, items);
        }
    }

    private void writeTenTransactionsAndCrash() throws IOException {
        try (Store store = Store.open(dir)) {
            for (int i = 0; i < 10; i++) {
                int n = i;
                store.transaction(tx -> tx.put("items", key(n), value(n)));
            }
            copyFiles(dir, crashed);
        }
    }

    private static void assertFirstNineOnly(Path directory) {
        try (Store reopened = Store.open(directory)) {
            reopened.read(view -> {
                for (int i = 0; i < 9; i++) {
                    assertArrayEquals(value(i), view.get("items", key(i)), key(i));
                }
                assertNull(view.get("items", key(9)));
                return null;
            });
        }
    }

    private static Path onlySegment(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> segments = files.filter(file -> file.getFileName().toString().startsWith("store.log.")).toList();
            assertEquals(1, segments.size(), segments.toString());
            return segments.get(0);
        }
    }

    static void copyFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static String key(int i) {
        return String.format("key-%03d", i);
    }

    private static byte[] value(int i) {
        return Keys.utf8("value of " + i);
    }
}
