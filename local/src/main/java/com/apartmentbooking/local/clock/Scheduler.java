package com.apartmentbooking.local.clock;

import java.time.Instant;

/**
 * Runs actions when their due time is reached on a {@link Clock}. Waits, retry back-offs and
 * timeouts are timers here rather than sleeping threads, so an execution that waits costs memory
 * only. Actions must be short: they hand work to an execution and return.
 */
public interface Scheduler {
    Timer schedule(Instant dueAt, Runnable action);

    /**
     * The scheduler that belongs with a clock: the controllable clock fires its own timers when
     * advanced; any other clock gets one timer thread that sleeps until the earliest due time (an
     * {@link AutoCloseable} whose close stops that thread).
     */
    static Scheduler forClock(Clock clock) {
        if (clock instanceof ControllableClock controllable) {
            return controllable;
        }
        return new WallClockScheduler(clock);
    }
}
