package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * States.MathRandom(start, end[, seed]): an integer from start (inclusive) to end (exclusive),
 * both cut toward zero; start must be below end. The same seed gives the same number.
 */
final class MathRandomFunction implements IntrinsicFunction {

    @Override
    public String name() {
        return "States.MathRandom";
    }

    @Override
    public JsonNode apply(Invocation invocation) {
        invocation.requireCount(2, 3);
        long start = invocation.truncated(0);
        long end = invocation.truncated(1);
        if (start >= end) {
            throw invocation.invalid();
        }
        RandomGenerator random = invocation.count() == 3
                ? new Random(invocation.truncated(2))
                : ThreadLocalRandom.current();
        return Invocation.integer(start + random.nextLong(end - start));
    }
}
