package com.apartmentbooking.local.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records kept in a record map read back as they were written, and list in key order, by prefix and by page. */
class RecordMapTest {

    /** A record with every kind of component the services keep. */
    record Kept(String name, Instant at, JsonNode value, JsonNode absent, byte[] bytes, Map<String, String> map,
            long count) {
    }

    record Named(String name) {
    }

    private static final RecordMap<Kept> KEPT = new RecordMap<>("kept", Kept.class);
    private static final RecordMap<Named> NAMED = new RecordMap<>("named", Named.class);

    @TempDir
    Path dir;

    @Test
    void aRecordReadsBackAsWrittenAfterAReopen() {
        Kept written = new Kept("a", Instant.parse("2026-01-01T10:15:30.123456789Z"),
                JsonNodeFactory.instance.objectNode().put("price", 12.5).put("big", 12345678901234567L)
                        .set("nothing", NullNode.instance),
                null, new byte[] {0, 1, (byte) 0xFF}, withNullValue(), 3);
        try (Store store = Store.open(dir)) {
            store.transaction(tx -> KEPT.put(tx, "a", written));
        }

        try (Store store = Store.open(dir)) {
            Kept read = store.read(view -> KEPT.get(view, "a"));
            assertEquals(written.name(), read.name());
            assertEquals(written.at(), read.at());
            assertEquals(written.value(), read.value());
            assertNull(read.absent());
            assertArrayEquals(written.bytes(), read.bytes());
            assertEquals(written.map(), read.map());
            assertEquals(written.count(), read.count());
            assertNull(store.read(view -> KEPT.get(view, "b")));
        }
    }

    @Test
    void aJsonNullStaysAJsonNullAndAMissingValueStaysMissing() {
        try (Store store = Store.inMemory()) {
            store.transaction(tx -> {
                KEPT.put(tx, "json-null", new Kept("n", null, NullNode.instance, null, null, null, 0));
                KEPT.put(tx, "missing", new Kept(null, null, null, null, null, null, 0));
            });

            assertEquals(NullNode.instance, store.read(view -> KEPT.get(view, "json-null")).value());
            Kept missing = store.read(view -> KEPT.get(view, "missing"));
            assertEquals(new Kept(null, null, null, null, null, null, 0), missing);
        }
    }

    @Test
    void listsByPrefixAndPagesAfterAKey() {
        try (Store store = Store.inMemory()) {
            store.transaction(tx -> {
                for (String name : List.of("b-2", "a-1", "b-1", "b-3", "c-1")) {
                    NAMED.put(tx, name, new Named(name));
                }
                NAMED.delete(tx, "b-3");
            });

            assertEquals(names("b-1", "b-2"), store.read(view -> NAMED.list(view, "b-")));
            assertEquals(names("a-1", "b-1"), store.read(view -> NAMED.list(view, "", null, 2)));
            assertEquals(names("b-2", "c-1"), store.read(view -> NAMED.list(view, "", "b-1", 2)));
            assertEquals(names("b-2"), store.read(view -> NAMED.list(view, "b-", "b-1", 10)));
            assertEquals(List.of(), store.read(view -> NAMED.list(view, "b-", "b-2", 10)));
            assertEquals(List.of(), store.read(view -> NAMED.list(view, "", null, 0)));
        }
    }

    @Test
    void aScanSeesKeysAndStopsWhenTold() {
        try (Store store = Store.inMemory()) {
            store.transaction(tx -> {
                for (String name : List.of("x-1", "x-2", "x-3", "y-1")) {
                    NAMED.put(tx, name, new Named(name.toUpperCase()));
                }
            });

            List<String> seen = new ArrayList<>();
            store.read(view -> {
                NAMED.scan(view, "x-", null, (key, record) -> {
                    seen.add(key + "=" + record.name());
                    return !key.equals("x-2");
                });
                return null;
            });

            assertEquals(List.of("x-1=X-1", "x-2=X-2"), seen);
        }
    }

    private static Map<String, String> withNullValue() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("k", "v");
        map.put("no value", null);
        return map;
    }

    private static List<Named> names(String... names) {
        return Arrays.stream(names).map(Named::new).toList();
    }
}
