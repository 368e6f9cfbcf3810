package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.clock.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The runtime's clock as a {@link java.time.Clock}, for DynamoDB and SQS. */
final class ClockView extends java.time.Clock {

    private final Clock clock;

    ClockView(Clock clock) {
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
