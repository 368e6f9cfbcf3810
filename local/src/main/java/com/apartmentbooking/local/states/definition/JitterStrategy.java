package com.apartmentbooking.local.states.definition;

/** How a retrier randomises its back-off: FULL picks a delay between zero and the computed interval. */
public enum JitterStrategy {
    FULL,
    NONE
}
