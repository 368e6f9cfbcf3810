package com.apartmentbooking.local.states.definition;

import java.util.List;

/**
 * One element of a {@code Retry} array, with ASL's defaults filled in: IntervalSeconds 1,
 * MaxAttempts 3, BackoffRate 2.0, no MaxDelaySeconds (null), JitterStrategy NONE.
 */
public record Retrier(
        List<String> errorEquals,
        int intervalSeconds,
        int maxAttempts,
        double backoffRate,
        Integer maxDelaySeconds,
        JitterStrategy jitterStrategy) {

    public static final int DEFAULT_INTERVAL_SECONDS = 1;
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final double DEFAULT_BACKOFF_RATE = 2.0;

    public Retrier {
        errorEquals = List.copyOf(errorEquals);
    }
}
