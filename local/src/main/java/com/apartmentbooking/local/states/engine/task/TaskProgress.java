package com.apartmentbooking.local.states.engine.task;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a long-running ({@code .sync}) integration reports that it started its job before the job
 * ends: the engine records a TaskSubmitted event with the response. Calling it is optional and
 * safe from any thread.
 */
@FunctionalInterface
public interface TaskProgress {
    void submitted(JsonNode response);
}
