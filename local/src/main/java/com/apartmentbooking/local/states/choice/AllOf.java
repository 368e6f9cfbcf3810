package com.apartmentbooking.local.states.choice;

import com.apartmentbooking.local.states.jsonpath.PathContext;
import java.util.List;

/**
 * "And": every rule holds. Evaluation stops at the first false rule, so a later rule may read a path
 * that an earlier IsPresent rule has checked.
 */
record AllOf(List<Condition> conditions) implements Condition {
    AllOf {
        conditions = List.copyOf(conditions);
    }

    @Override
    public boolean test(PathContext context) {
        for (Condition condition : conditions) {
            if (!condition.test(context)) {
                return false;
            }
        }
        return true;
    }
}
