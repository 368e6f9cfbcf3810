package com.apartmentbooking.local.states.choice;

import com.apartmentbooking.local.states.jsonpath.PathContext;
import java.util.List;

/** "Or": some rule holds; evaluation stops at the first true rule. */
record AnyOf(List<Condition> conditions) implements Condition {
    AnyOf {
        conditions = List.copyOf(conditions);
    }

    @Override
    public boolean test(PathContext context) {
        for (Condition condition : conditions) {
            if (condition.test(context)) {
                return true;
            }
        }
        return false;
    }
}
