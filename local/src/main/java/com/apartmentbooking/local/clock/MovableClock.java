package com.apartmentbooking.local.clock;

import java.time.Duration;

/**
 * A clock that runs ahead of the wall clock (or behind it) by a lead an operator or a test moves, and tells
 * whoever follows it when the lead changes: what processes the runtime starts (function instances) need to read
 * the same time on their own wall clock.
 */
public interface MovableClock extends Clock {

    /** How far this clock is ahead of the wall clock now (negative when behind). */
    Duration aheadOfWallClock();

    /** Runs {@code listener} after every change of the lead, on the thread that made it. */
    void onMove(Runnable listener);
}
