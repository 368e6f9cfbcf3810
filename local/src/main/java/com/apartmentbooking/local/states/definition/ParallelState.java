package com.apartmentbooking.local.states.definition;

import java.util.List;

/** A Parallel state: every branch runs on the same input; the result is their outputs in order. */
public record ParallelState(
        String name,
        QueryLanguage queryLanguage,
        Transition transition,
        StateIo io,
        ErrorHandling errorHandling,
        List<StateGraph> branches) implements State {
    public ParallelState {
        branches = List.copyOf(branches);
    }

    @Override
    public StateType type() {
        return StateType.PARALLEL;
    }
}
