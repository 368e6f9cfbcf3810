package com.apartmentbooking.local.states.definition;

import java.util.List;

/**
 * A Choice state. {@code io.assign} and {@code io.output} are the state-level Assign and Output,
 * used when no branch matches and the Default is taken.
 */
public record ChoiceState(
        String name, QueryLanguage queryLanguage, StateIo io, List<ChoiceBranch> choices, String defaultNext)
        implements State {
    public ChoiceState {
        choices = List.copyOf(choices);
    }

    @Override
    public StateType type() {
        return StateType.CHOICE;
    }

    @Override
    public Transition transition() {
        return null;
    }
}
