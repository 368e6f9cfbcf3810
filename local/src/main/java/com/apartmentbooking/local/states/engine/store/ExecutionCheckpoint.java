package com.apartmentbooking.local.states.engine.store;

import com.apartmentbooking.local.states.engine.ExecutionStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * An execution's state after a committed step. While it runs, {@code resumeState} holds what the
 * engine needs to carry on (the frames with their current states, inputs and variables, pending
 * timers, tasks in flight, Map and Parallel progress) as JSON, so a durable store can keep it as
 * is. Once finished, the outcome fields are set and {@code resumeState} is null.
 */
public record ExecutionCheckpoint(
        ExecutionStatus status,
        JsonNode output,
        String error,
        String cause,
        Instant stopDate,
        JsonNode resumeState) {
}
