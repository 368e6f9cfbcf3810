package com.apartmentbooking.local.states.choice;

import com.apartmentbooking.local.states.jsonpath.PathContext;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A comparison whose operand is read from a path ("NumericEqualsPath": "$.limit"). An operand of the
 * wrong type makes it false, like a Variable of the wrong type.
 */
record PathComparison(String variable, ComparisonOperator operator, String operandPath) implements Condition {

    @Override
    public boolean test(PathContext context) {
        JsonNode value = ChoicePaths.read(variable, context);
        JsonNode operand = ChoicePaths.read(operandPath, context);
        return operator.against(operand).map(test -> test.test(value)).orElse(false);
    }
}
