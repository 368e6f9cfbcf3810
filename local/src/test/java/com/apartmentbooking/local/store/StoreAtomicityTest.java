package com.apartmentbooking.local.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A transaction over several maps happens entirely or, when its body throws, not at all. */
class StoreAtomicityTest {

    @TempDir
    Path dir;

    @Test
    void failingTransactionLeavesNothingInAnyMap() {
        try (Store store = Store.open(dir)) {
            store.transaction(tx -> tx.put("items", "kept", new byte[] {1}));

            assertThrows(IllegalStateException.class, () -> store.transaction(tx -> {
                tx.put("items", "new", new byte[] {2});
                tx.delete("items", "kept");
                tx.put("stream", "record-1", new byte[] {3});
                throw new IllegalStateException("condition failed");
            }));

            assertNull(store.read(view -> view.get("items", "new")));
            assertArrayEquals(new byte[] {1}, store.read(view -> view.get("items", "kept")));
            assertNull(store.read(view -> view.get("stream", "record-1")));
        }
        try (Store reopened = Store.open(dir)) {
            assertNull(reopened.read(view -> view.get("items", "new")));
            assertNull(reopened.read(view -> view.get("stream", "record-1")));
        }
    }

    @Test
    void transactionsDoNotNest() {
        try (Store store = Store.inMemory()) {
            assertThrows(IllegalStateException.class,
                    () -> store.transaction(tx -> store.transaction(inner -> inner.put("m", "k", new byte[0]))));
        }
    }
}
