package com.apartmentbooking.local.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Maps are ordered by unsigned key bytes, which DynamoDB's sort keys and ordered scans rely on; ranges are
 * [from, to) in both directions, and a transaction's scans merge its own writes into that order.
 */
class StoreOrderingTest {

    private Store store;

    @BeforeEach
    void fill() {
        store = Store.inMemory();
        store.transaction(tx -> {
            for (int b : new int[] {0xFF, 0x80, 0x7F, 0x01, 0x00}) {
                tx.put("bytes", new byte[] {(byte) b}, new byte[0]);
            }
            for (String key : List.of("b", "a", "ab", "c", "é")) {
                tx.put("strings", key, new byte[0]);
            }
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void keysCompareAsUnsignedBytes() {
        List<Entry> all = store.read(view -> view.scan("bytes", null, null, true, 10));
        assertEquals(List.of(0x00, 0x01, 0x7F, 0x80, 0xFF),
                all.stream().map(e -> e.key()[0] & 0xFF).collect(Collectors.toList()));
    }

    @Test
    void stringsSortByUtf8BytesWithPrefixesFirst() {
        assertEquals(List.of("a", "ab", "b", "c", "é"), keys(null, null, true, 10));
    }

    @Test
    void rangesIncludeFromAndExcludeToInBothDirections() {
        assertEquals(List.of("ab", "b"), keys("ab", "c", true, 10));
        assertEquals(List.of("b", "ab"), keys("ab", "c", false, 10));
        assertEquals(List.of("é", "c", "b"), keys("b", null, false, 10));
        assertEquals(List.of("a", "ab"), keys(null, "b", true, 10));
        assertEquals(List.of("ab", "a"), keys(null, "b", false, 10));
        assertEquals(List.of(), keys(null, "a", false, 10));
    }

    @Test
    void limitAndResumeAfterTheLastKey() {
        assertEquals(List.of("a", "ab"), keys(null, null, true, 2));
        assertEquals(List.of("b", "c"), store.read(view -> view.scan("strings", Keys.successor(Keys.utf8("ab")), null,
                true, 2)).stream().map(Entry::keyString).collect(Collectors.toList()));
    }

    @Test
    void prefixEndBoundsAPrefixScan() {
        assertEquals(List.of("a", "ab"), keys("a", Keys.string(Keys.prefixEnd(Keys.utf8("a"))), true, 10));
    }

    @Test
    void transactionScansMergeOwnWritesAndDeletes() {
        List<String> seen = store.transactionReturning(tx -> {
            tx.delete("strings", "ab");
            tx.put("strings", "aa", new byte[0]);
            tx.put("strings", "d", new byte[0]);
            return tx.scan("strings", null, null, false, 10).stream().map(Entry::keyString).collect(Collectors.toList());
        });
        assertEquals(List.of("é", "d", "c", "b", "aa", "a"), seen);
    }

    @Test
    void clearedMapShowsOnlyWritesAfterTheClear() {
        List<String> seen = store.transactionReturning(tx -> {
            tx.clear("strings");
            tx.put("strings", "z", new byte[0]);
            return tx.scan("strings", null, null, true, 10).stream().map(Entry::keyString).collect(Collectors.toList());
        });
        assertEquals(List.of("z"), seen);
        assertEquals(List.of("z"), keys(null, null, true, 10));
    }

    private List<String> keys(String from, String to, boolean ascending, int limit) {
        return store.read(view -> view.scan("strings", from == null ? null : Keys.utf8(from),
                to == null ? null : Keys.utf8(to), ascending, limit))
                .stream().map(Entry::keyString).collect(Collectors.toList());
    }
}
