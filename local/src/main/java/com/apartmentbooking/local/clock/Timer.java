package com.apartmentbooking.local.clock;

import java.time.Instant;

/** A pending action registered on a {@link Scheduler}. */
public interface Timer {
    Instant dueAt();

    /** Prevents the action from running if it has not run yet; harmless otherwise. */
    void cancel();
}
