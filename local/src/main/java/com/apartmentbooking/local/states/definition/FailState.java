package com.apartmentbooking.local.states.definition;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Fail state. {@code error} and {@code cause} are literal strings or JSONata expressions;
 * {@code errorPath} and {@code causePath} are JSONPath paths or intrinsic functions. Any may be
 * null; AWS then reports no error or cause.
 */
public record FailState(
        String name, QueryLanguage queryLanguage, JsonNode error, String errorPath, JsonNode cause, String causePath)
        implements State {
    @Override
    public StateType type() {
        return StateType.FAIL;
    }

    @Override
    public Transition transition() {
        return null;
    }

    @Override
    public StateIo io() {
        return new StateIo(null, null, null, null, null, null, null, null);
    }

    @Override
    public boolean isTerminal() {
        return true;
    }
}
