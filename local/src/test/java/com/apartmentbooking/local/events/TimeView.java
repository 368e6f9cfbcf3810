package com.apartmentbooking.local.events;

import com.apartmentbooking.local.clock.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The runtime's clock as the {@link java.time.Clock} SQS takes. */
final class TimeView extends java.time.Clock {

    private final Clock clock;

    TimeView(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return clock.now();
    }
}
