package com.apartmentbooking.local.states.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one state type does once entered. {@link #start} runs an attempt: it either completes or
 * fails the run before returning, or leaves it suspended on something that will complete or fail
 * it later. It runs again for each retry.
 */
interface StateBehavior {
    void start(StateRun run);

    /** Carries on a suspension rebuilt from a store ({@link Suspension#snapshot()}). */
    default void resume(StateRun run, JsonNode snapshot) {
        throw new IllegalStateException("A " + run.state().type().aslName() + " state cannot be resumed");
    }
}
