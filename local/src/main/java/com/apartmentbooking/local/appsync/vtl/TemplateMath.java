package com.apartmentbooking.local.appsync.vtl;

import java.util.concurrent.ThreadLocalRandom;

/** {@code $util.math}: rounding, minimum, maximum and random numbers. */
public final class TemplateMath {

    TemplateMath() {
    }

    /** Half up to the nearest integer. */
    public int roundNum(Number value) {
        return Math.toIntExact(Math.round(value.doubleValue()));
    }

    public double minVal(Number first, Number second) {
        return Math.min(first.doubleValue(), second.doubleValue());
    }

    public double maxVal(Number first, Number second) {
        return Math.max(first.doubleValue(), second.doubleValue());
    }

    /** In [0, 1). */
    public double randomDouble() {
        return ThreadLocalRandom.current().nextDouble();
    }

    /** Both bounds included. */
    public int randomWithinRange(Number low, Number high) {
        return ThreadLocalRandom.current().nextInt(low.intValue(), Math.addExact(high.intValue(), 1));
    }
}
