package com.apartmentbooking.local.states.definition;

import com.fasterxml.jackson.databind.JsonNode;

/** A Pass state; {@code result} is its JSONPath Result, null when absent. */
public record PassState(String name, QueryLanguage queryLanguage, Transition transition, StateIo io, JsonNode result)
        implements State {
    @Override
    public StateType type() {
        return StateType.PASS;
    }
}
