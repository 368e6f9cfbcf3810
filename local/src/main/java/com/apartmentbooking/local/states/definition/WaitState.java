package com.apartmentbooking.local.states.definition;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Wait state: exactly one of {@code seconds} (a number, or a JSONata expression),
 * {@code secondsPath}, {@code timestamp} (a string, or a JSONata expression) and
 * {@code timestampPath} is set.
 */
public record WaitState(
        String name,
        QueryLanguage queryLanguage,
        Transition transition,
        StateIo io,
        JsonNode seconds,
        String secondsPath,
        JsonNode timestamp,
        String timestampPath) implements State {
    @Override
    public StateType type() {
        return StateType.WAIT;
    }
}
