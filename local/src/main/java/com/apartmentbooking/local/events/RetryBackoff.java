package com.apartmentbooking.local.events;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The wait before a retry: exponential from one second, capped at eight minutes (which spreads AWS's default
 * 185 retries over about its default 24 hours), with jitter so that many failed deliveries do not retry in step.
 */
final class RetryBackoff {

    private static final long BASE_MILLIS = 1_000;
    private static final long CAP_MILLIS = Duration.ofMinutes(8).toMillis();

    private RetryBackoff() {
    }

    /** The wait before retry number {@code retry} (1 for the first retry). */
    static Duration before(int retry) {
        long exponential = BASE_MILLIS << Math.min(retry - 1, 20);
        long ceiling = Math.min(exponential, CAP_MILLIS);
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }
}
