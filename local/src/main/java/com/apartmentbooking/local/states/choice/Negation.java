package com.apartmentbooking.local.states.choice;

import com.apartmentbooking.local.states.jsonpath.PathContext;

/** "Not": the rule does not hold. */
record Negation(Condition condition) implements Condition {

    @Override
    public boolean test(PathContext context) {
        return !condition.test(context);
    }
}
