package com.apartmentbooking.local.states.definition;

/** A Succeed state: ends its graph successfully. */
public record SucceedState(String name, QueryLanguage queryLanguage, StateIo io) implements State {
    @Override
    public StateType type() {
        return StateType.SUCCEED;
    }

    @Override
    public Transition transition() {
        return null;
    }

    @Override
    public boolean isTerminal() {
        return true;
    }
}
