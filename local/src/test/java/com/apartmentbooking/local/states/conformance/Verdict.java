package com.apartmentbooking.local.states.conformance;

/**
 * How one case ended, given whether it matched AWS and whether the known-failures file lists it.
 * A listed case that now passes is its own verdict, and a failing one, so that the list can only
 * shrink: a developer has to remove the line, which keeps the list honest.
 */
enum Verdict {
    PASSED,
    KNOWN_FAILURE,
    FAILED,
    FIXED_BUT_LISTED;

    static Verdict of(boolean matchesAws, boolean listed) {
        if (matchesAws) {
            return listed ? FIXED_BUT_LISTED : PASSED;
        }
        return listed ? KNOWN_FAILURE : FAILED;
    }
}
