package com.apartmentbooking.local.events;

import com.apartmentbooking.local.states.StatesApi;
import com.apartmentbooking.local.states.StatesException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for Step Functions where a test needs a target that fails on command: records each StartExecution
 * and answers it, or fails it with the error it is told to (the real service cannot be made to answer 500 or
 * throttle; the whole stack's tests use it).
 */
final class StepFunctionsDouble implements StatesApi {

    private final List<JsonNode> started = new CopyOnWriteArrayList<>();
    private volatile StatesException failure;
    private volatile int calls;

    /** From now on every StartExecution fails with {@code error}; null makes them succeed again. */
    void failWith(StatesException error) {
        this.failure = error;
    }

    /** The StartExecution requests that succeeded, as {@code {stateMachineArn, input}}. */
    List<JsonNode> started() {
        return started;
    }

    /** How many StartExecution calls were made, successful or not. */
    int calls() {
        return calls;
    }

    @Override
    public String startExecution(String stateMachineArn, String input) {
        calls++;
        StatesException error = failure;
        if (error != null) {
            throw error;
        }
        started.add(JsonNodeFactory.instance.objectNode().put("stateMachineArn", stateMachineArn).put("input", input));
        return stateMachineArn.replace(":stateMachine:", ":execution:") + ":run";
    }
}
