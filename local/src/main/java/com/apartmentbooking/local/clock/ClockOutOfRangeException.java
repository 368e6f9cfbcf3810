package com.apartmentbooking.local.clock;

import java.time.Duration;
import java.time.Instant;

/** An advance refused before anything moved: it would take the clock past {@link RuntimeClock#LATEST}. */
public final class ClockOutOfRangeException extends IllegalArgumentException {

    ClockOutOfRangeException(Instant now) {
        super("seconds must be a number from 0 to " + room(now).toSeconds() + " (the clock may not pass "
                + RuntimeClock.LATEST + "; it is " + now + ")");
    }

    /** How far a clock showing {@code now} may still be advanced; zero once it is at or past the latest time. */
    static Duration room(Instant now) {
        Duration room = Duration.between(now, RuntimeClock.LATEST);
        return room.isNegative() ? Duration.ZERO : room;
    }
}
