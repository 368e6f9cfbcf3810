package com.apartmentbooking.local.states.definition;

/**
 * One state of a graph. {@code queryLanguage} is the language the state is evaluated in: its own
 * QueryLanguage field, else the machine's.
 */
public sealed interface State
        permits PassState, TaskState, ChoiceState, WaitState, SucceedState, FailState, ParallelState, MapState {
    String name();

    StateType type();

    QueryLanguage queryLanguage();

    /** Null for the states that do not transition by Next/End (Choice, Succeed, Fail). */
    Transition transition();

    StateIo io();

    /** Retry and Catch; {@link ErrorHandling#NONE} for the states that cannot have them. */
    default ErrorHandling errorHandling() {
        return ErrorHandling.NONE;
    }

    /** Whether completing this state ends its graph (End, Succeed or Fail). */
    default boolean isTerminal() {
        Transition transition = transition();
        return transition != null && transition.end();
    }
}
