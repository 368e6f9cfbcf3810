package com.apartmentbooking.local.states.choice;

import com.apartmentbooking.local.states.jsonpath.PathContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Predicate;

/** A comparison with a literal operand ("NumericEquals": 42), its test prepared once at parse time. */
record ValueComparison(String variable, ComparisonOperator operator, Predicate<JsonNode> test) implements Condition {

    @Override
    public boolean test(PathContext context) {
        return test.test(ChoicePaths.read(variable, context));
    }
}
