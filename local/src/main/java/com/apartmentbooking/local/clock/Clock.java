package com.apartmentbooking.local.clock;

import java.time.Instant;

/**
 * Where the engine reads the time. Every timestamp it records (history events, start and stop
 * dates, {@code $$.State.EnteredTime}) and every due time it computes comes from here, so a test
 * or an operator can run the engine on a clock they control.
 */
public interface Clock {
    Instant now();
}
