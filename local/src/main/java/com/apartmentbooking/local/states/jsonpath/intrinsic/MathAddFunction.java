package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * States.MathAdd(a, b): the sum of two numbers, each first rounded to the nearest integer
 * (1.49 + 1.5 is 3 on AWS). Operands and sum must fit a 32-bit signed integer.
 */
final class MathAddFunction implements IntrinsicFunction {

    @Override
    public String name() {
        return "States.MathAdd";
    }

    @Override
    public JsonNode apply(Invocation invocation) {
        invocation.requireCount(2);
        long a = invocation.rounded(0);
        long b = invocation.rounded(1);
        if (!isInt(a) || !isInt(b) || !isInt(a + b)) {
            throw invocation.invalid();
        }
        return Invocation.integer(a + b);
    }

    private static boolean isInt(long value) {
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
    }
}
