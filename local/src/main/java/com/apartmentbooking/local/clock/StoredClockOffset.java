package com.apartmentbooking.local.clock;

import com.apartmentbooking.local.store.Store;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The runtime clock's advanced total in the {@link Store}, as milliseconds. */
public final class StoredClockOffset implements RuntimeClock.OffsetStore {

    private static final String MAP = "clock";
    private static final String KEY = "offsetMillis";

    private final Store store;

    public StoredClockOffset(Store store) {
        this.store = store;
    }

    @Override
    public Duration load() {
        byte[] value = store.read(view -> view.get(MAP, KEY));
        return value == null ? Duration.ZERO : Duration.ofMillis(Long.parseLong(new String(value, StandardCharsets.UTF_8)));
    }

    @Override
    public void save(Duration offset) {
        byte[] value = Long.toString(offset.toMillis()).getBytes(StandardCharsets.UTF_8);
        store.transaction(tx -> tx.put(MAP, KEY, value));
    }
}
