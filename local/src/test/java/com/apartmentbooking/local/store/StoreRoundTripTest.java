package com.apartmentbooking.local.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values written in a transaction read back, in memory and from disk after a clean close and reopen. */
class StoreRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void putGetDeleteInMemory() {
        try (Store store = Store.inMemory()) {
            store.transaction(tx -> {
                tx.put("items", "a", new byte[] {1, 2, 3});
                tx.put("items", "b", new byte[] {4});
            });
            store.transaction(tx -> tx.delete("items", "b"));

            assertArrayEquals(new byte[] {1, 2, 3}, store.read(view -> view.get("items", "a")));
            assertNull(store.read(view -> view.get("items", "b")));
            assertNull(store.read(view -> view.get("never-written", "a")));
        }
    }

    @Test
    void valuesSurviveCloseAndReopen() {
        try (Store store = Store.open(dir)) {
            store.transaction(tx -> {
                tx.put("tables", "Bookings", "definition".getBytes());
                tx.put("items", "Bookings#1", "item".getBytes());
            });
        }
        try (Store store = Store.open(dir)) {
            assertEquals("definition", Keys.string(store.read(view -> view.get("tables", "Bookings"))));
            assertEquals("item", Keys.string(store.read(view -> view.get("items", "Bookings#1"))));
        }
    }

    @Test
    void returnedAndGivenArraysAreCopies() {
        try (Store store = Store.inMemory()) {
            byte[] given = {1};
            store.transaction(tx -> tx.put("m", "k", given));
            given[0] = 9;
            store.read(view -> view.get("m", "k"))[0] = 8;

            assertArrayEquals(new byte[] {1}, store.read(view -> view.get("m", "k")));
        }
    }

    @Test
    void transactionReturnsItsResult() {
        try (Store store = Store.inMemory()) {
            store.transaction(tx -> tx.put("m", "k", new byte[] {1}));
            byte[] old = store.transactionReturning(tx -> {
                byte[] previous = tx.get("m", "k");
                tx.put("m", "k", new byte[] {2});
                return previous;
            });

            assertArrayEquals(new byte[] {1}, old);
            assertArrayEquals(new byte[] {2}, store.read(view -> view.get("m", "k")));
        }
    }
}
