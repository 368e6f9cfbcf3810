package com.apartmentbooking.local.clock;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A runtime {@link Clock} as a {@link java.time.Clock}, for services whose APIs take one (DynamoDB). */
public final class JavaClockView extends java.time.Clock {

    private final Clock clock;
    private final ZoneId zone;

    private JavaClockView(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** The view in UTC. */
    public static java.time.Clock of(Clock clock) {
        return new JavaClockView(clock, ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public java.time.Clock withZone(ZoneId other) {
        return new JavaClockView(clock, other);
    }

    @Override
    public Instant instant() {
        return clock.now();
    }
}
