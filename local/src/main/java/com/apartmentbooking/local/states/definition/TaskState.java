package com.apartmentbooking.local.states.definition;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Task state. The timeouts are a literal number or, in JSONata, an expression string
 * ({@code timeoutSeconds}, {@code heartbeatSeconds}, null when absent), or a JSONPath reference
 * path ({@code timeoutSecondsPath}, {@code heartbeatSecondsPath}).
 */
public record TaskState(
        String name,
        QueryLanguage queryLanguage,
        Transition transition,
        StateIo io,
        ErrorHandling errorHandling,
        String resource,
        JsonNode timeoutSeconds,
        String timeoutSecondsPath,
        JsonNode heartbeatSeconds,
        String heartbeatSecondsPath,
        JsonNode credentials) implements State {
    @Override
    public StateType type() {
        return StateType.TASK;
    }
}
