package com.apartmentbooking.local.states.definition;

/** Where a state goes when it completes: the state named {@code next}, or the end of its graph. */
public record Transition(String next, boolean end) {
    public static Transition toState(String next) {
        return new Transition(next, false);
    }

    public static Transition toEnd() {
        return new Transition(null, true);
    }
}
