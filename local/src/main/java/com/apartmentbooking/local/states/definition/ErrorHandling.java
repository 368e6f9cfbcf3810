package com.apartmentbooking.local.states.definition;

import java.util.List;

/** The Retry and Catch arrays of a Task, Parallel or Map state; empty when absent. */
public record ErrorHandling(List<Retrier> retriers, List<Catcher> catchers) {
    public static final ErrorHandling NONE = new ErrorHandling(List.of(), List.of());

    public ErrorHandling {
        retriers = List.copyOf(retriers);
        catchers = List.copyOf(catchers);
    }
}
