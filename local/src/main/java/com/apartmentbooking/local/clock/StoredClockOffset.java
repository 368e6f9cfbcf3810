package com.apartmentbooking.local.clock;

import com.apartmentbooking.local.store.RecordMap;
import com.apartmentbooking.local.store.Store;
import java.time.Duration;

/** The runtime clock's advanced total in the {@link Store}, as milliseconds. */
public final class StoredClockOffset implements RuntimeClock.OffsetStore {

    private static final RecordMap<Long> CLOCK = new RecordMap<>("clock", Long.class);
    private static final String OFFSET_MILLIS = "offsetMillis";

    private final Store store;

    public StoredClockOffset(Store store) {
        this.store = store;
    }

    @Override
    public Duration load() {
        Long millis = store.read(view -> CLOCK.get(view, OFFSET_MILLIS));
        return millis == null ? Duration.ZERO : Duration.ofMillis(millis);
    }

    @Override
    public void save(Duration offset) {
        store.transaction(tx -> CLOCK.put(tx, OFFSET_MILLIS, offset.toMillis()));
    }
}
