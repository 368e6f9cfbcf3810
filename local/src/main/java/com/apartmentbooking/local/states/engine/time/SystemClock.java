package com.apartmentbooking.local.states.engine.time;

import java.time.Instant;

/** The wall clock. */
public final class SystemClock implements Clock {
    public static final SystemClock INSTANCE = new SystemClock();

    private SystemClock() {
    }

    @Override
    public Instant now() {
        return Instant.now();
    }
}
