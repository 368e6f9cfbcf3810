package com.apartmentbooking.local.states.conformance;

import java.util.List;
import java.util.Optional;

/**
 * Compares the recorded history event types with the engine's through their {@link HistoryShape}s
 * and names the first segment where they part, since a full 80-event dump makes the difference
 * hard to see.
 */
final class HistoryComparison {
    private HistoryComparison() {
    }

    static Optional<String> difference(List<String> expected, List<String> actual) {
        HistoryShape expectedShape = HistoryShape.of(expected);
        HistoryShape actualShape = HistoryShape.of(actual);
        if (expectedShape.equals(actualShape)) {
            return Optional.empty();
        }
        List<HistoryShape.Segment> want = expectedShape.segments();
        List<HistoryShape.Segment> got = actualShape.segments();
        int at = 0;
        while (at < want.size() && at < got.size() && want.get(at).equals(got.get(at))) {
            at++;
        }
        return Optional.of("history: at step " + (at + 1) + " expected " + describe(want, at)
                + " but was " + describe(got, at)
                + "\n  expected history: " + expectedShape
                + "\n  actual history:   " + actualShape);
    }

    private static String describe(List<HistoryShape.Segment> segments, int at) {
        return at < segments.size() ? segments.get(at).toString() : "the end of the history";
    }
}
