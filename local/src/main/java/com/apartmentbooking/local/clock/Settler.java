package com.apartmentbooking.local.clock;

/** Something that can wait until the work it has in hand is done (an engine's executions, a delivery queue). */
@FunctionalInterface
public interface Settler {
    void awaitSettled();
}
