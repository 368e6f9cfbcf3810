package com.apartmentbooking.local.states.choice;

import com.apartmentbooking.local.states.jsonpath.PathContext;

/** "IsPresent": true (or false): the one test for which a Variable that selects nothing is not an error. */
record PresenceCheck(String variable, boolean expected) implements Condition {

    @Override
    public boolean test(PathContext context) {
        return ChoicePaths.isPresent(variable, context) == expected;
    }
}
