package com.apartmentbooking.local.states.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/** Who waits for a graph run to end: the execution, or the Parallel or Map state that started it. */
interface FrameListener {
    void frameSucceeded(Frame frame, JsonNode output);

    void frameFailed(Frame frame, String error, String cause);
}
