package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.definition.Catcher;
import com.apartmentbooking.local.states.definition.JitterStrategy;
import com.apartmentbooking.local.states.definition.Retrier;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Which retrier or catcher handles an error, and how long a retry waits. */
final class Recovery {
    private Recovery() {
    }

    /**
     * Whether {@code errorEquals} covers {@code error}. States.ALL covers every error except the
     * two AWS calls terminal: States.Runtime and States.DataLimitExceeded, which only their own
     * name matches.
     */
    static boolean matches(List<String> errorEquals, String error) {
        if (error == null) {
            // A Fail state without Error fails with no error name; only the wildcard can match it.
            return errorEquals.contains(StatesError.ALL);
        }
        for (String name : errorEquals) {
            if (name.equals(error)) {
                return true;
            }
            if (name.equals(StatesError.ALL) && !error.equals(StatesError.RUNTIME)
                    && !error.equals(StatesError.DATA_LIMIT_EXCEEDED)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first retrier for {@code error}, or -1. */
    static int retrierFor(List<Retrier> retriers, String error) {
        for (int i = 0; i < retriers.size(); i++) {
            if (matches(retriers.get(i).errorEquals(), error)) {
                return i;
            }
        }
        return -1;
    }

    static Catcher catcherFor(List<Catcher> catchers, String error) {
        for (Catcher catcher : catchers) {
            if (matches(catcher.errorEquals(), error)) {
                return catcher;
            }
        }
        return null;
    }

    /**
     * The wait before retry number {@code attempt} (1 for the first) of a retrier:
     * IntervalSeconds x BackoffRate^(attempt-1), capped by MaxDelaySeconds, and with FULL jitter a
     * random duration between zero and that.
     */
    static Duration delay(Retrier retrier, int attempt) {
        double seconds = retrier.intervalSeconds() * Math.pow(retrier.backoffRate(), attempt - 1.0);
        if (retrier.maxDelaySeconds() != null) {
            seconds = Math.min(seconds, retrier.maxDelaySeconds());
        }
        if (retrier.jitterStrategy() == JitterStrategy.FULL) {
            seconds = ThreadLocalRandom.current().nextDouble() * seconds;
        }
        return Duration.ofNanos((long) (seconds * 1_000_000_000L));
    }
}
