package com.apartmentbooking.local.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record memo answers what the store holds, and decodes a record again only when its stored bytes change. */
class RecordMemoTest {

    record Machine(String name, String definition, Instant updated) {
    }

    private static final RecordMap<Machine> MACHINES = new RecordMap<>("machines", Machine.class);

    @TempDir
    Path dir;

    @Test
    void anUnchangedRecordIsDecodedOnce() {
        try (Store store = Store.open(dir)) {
            RecordMemo<Machine> memo = new RecordMemo<>(MACHINES);
            Machine written = new Machine("m", "{\"StartAt\":\"P\"}", Instant.parse("2026-12-07T10:00:00Z"));
            store.transaction(tx -> MACHINES.put(tx, "m", written));

            Machine first = store.read(view -> memo.get(view, "m"));
            assertEquals(written, first);
            assertSame(first, store.read(view -> memo.get(view, "m")));
        }
    }

    @Test
    void aChangedOrDeletedRecordReadsAsTheStoreHoldsIt() {
        try (Store store = Store.open(dir)) {
            RecordMemo<Machine> memo = new RecordMemo<>(MACHINES);
            store.transaction(tx -> MACHINES.put(tx, "m", new Machine("m", "v1", Instant.EPOCH)));
            store.read(view -> memo.get(view, "m"));

            Machine updated = new Machine("m", "v2", Instant.parse("2026-12-07T10:00:00Z"));
            store.transaction(tx -> MACHINES.put(tx, "m", updated));
            assertEquals(updated, store.read(view -> memo.get(view, "m")));

            // Inside a transaction the memo sees that transaction's own write, as RecordMap does.
            Machine inTransaction = store.transactionReturning(tx -> {
                MACHINES.put(tx, "m", new Machine("m", "v3", Instant.EPOCH));
                return memo.get(tx, "m");
            });
            assertEquals("v3", inTransaction.definition());

            store.transaction(tx -> MACHINES.delete(tx, "m"));
            assertNull(store.read(view -> memo.get(view, "m")));
            store.transaction(tx -> MACHINES.put(tx, "m", updated));
            assertEquals(updated, store.read(view -> memo.get(view, "m")));
        }
    }

    @Test
    void whatTheMemoHoldsStaysWithinItsBound() {
        try (Store store = Store.open(dir)) {
            RecordMemo<Machine> memo = new RecordMemo<>(MACHINES);
            // Three definitions of 1.5 MB each: together past the bound, each read back whole.
            for (String name : List.of("a", "b", "c", "a")) {
                Machine large = new Machine(name, name.repeat(1_500_000), Instant.EPOCH);
                store.transaction(tx -> MACHINES.put(tx, name, large));
                assertEquals(large, store.read(view -> memo.get(view, name)));
                assertTrue(memo.bytesHeld() <= RecordMemo.MAX_BYTES, () -> memo.bytesHeld() + " bytes held");
            }
            Machine small = new Machine("b", "small", Instant.EPOCH);
            store.transaction(tx -> MACHINES.put(tx, "b", small));
            assertEquals(small, store.read(view -> memo.get(view, "b")));
            assertTrue(memo.bytesHeld() <= RecordMemo.MAX_BYTES);
        }
    }
}
