package com.apartmentbooking.local.states.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A history's event types with each concurrent region collapsed to a multiset. Branches of a
 * Parallel and iterations of a Map run concurrently on AWS, so the order of their events is not
 * part of the behaviour; everything else is, and stays in order.
 *
 * <p>A region opens after a top-level {@code ParallelStateStarted} or {@code MapStateStarted} and
 * closes before that state's own next event found at nesting depth 0: its outcome
 * ({@code <Kind>StateSucceeded/Failed/Aborted/Exited}) or, when a Retry runs it again, its next
 * {@code <Kind>StateStarted}, which opens the next attempt's region. Depth counts the nested
 * {@code Parallel/MapStateEntered} and {@code Exited} events inside the region. A nested state's
 * Entered precedes its own Started, outcome and Exited within its branch, so such events are seen
 * at depth one or more whatever the interleaving: the cut points, and hence the shape, do not
 * depend on how branches interleaved. Where a region cannot be closed that way (a nested state
 * failed without Exited, or AWS left a nested Exited out) it runs to the execution's own final
 * event, which is never inside a branch: that only widens the part compared as a multiset, it
 * never turns a valid interleaving into a mismatch.
 */
final class HistoryShape {
    private static final String PARALLEL = "Parallel";
    private static final String MAP = "Map";

    private final List<Segment> segments;

    private HistoryShape(List<Segment> segments) {
        this.segments = List.copyOf(segments);
    }

    static HistoryShape of(List<String> eventTypes) {
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        while (i < eventTypes.size()) {
            String type = eventTypes.get(i++);
            segments.add(new Event(type));
            String kind = regionOpenedBy(type);
            if (kind != null) {
                SortedMap<String, Integer> counts = new TreeMap<>();
                int depth = 0;
                while (i < eventTypes.size() && !closesRegion(kind, eventTypes.get(i), depth)) {
                    String inner = eventTypes.get(i++);
                    depth += depthChange(inner);
                    counts.merge(inner, 1, Integer::sum);
                }
                segments.add(new Region(kind, counts));
            }
        }
        return new HistoryShape(segments);
    }

    List<Segment> segments() {
        return segments;
    }

    private static String regionOpenedBy(String type) {
        if (type.equals(PARALLEL + "StateStarted")) {
            return PARALLEL;
        }
        if (type.equals(MAP + "StateStarted")) {
            return MAP;
        }
        return null;
    }

    private static boolean closesRegion(String kind, String type, int depth) {
        if (type.startsWith("Execution")) {
            return true;
        }
        return depth == 0 && (type.equals(kind + "StateSucceeded") || type.equals(kind + "StateFailed")
                || type.equals(kind + "StateAborted") || type.equals(kind + "StateExited")
                || type.equals(kind + "StateStarted"));
    }

    private static int depthChange(String type) {
        if (type.equals(PARALLEL + "StateEntered") || type.equals(MAP + "StateEntered")) {
            return 1;
        }
        if (type.equals(PARALLEL + "StateExited") || type.equals(MAP + "StateExited")) {
            return -1;
        }
        return 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HistoryShape shape && shape.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public String toString() {
        return segments.stream().map(Segment::toString).collect(Collectors.joining(" "));
    }

    /** One element of a shape: an event in order, or a region's events in any order. */
    sealed interface Segment permits Event, Region {
    }

    record Event(String type) implements Segment {
        @Override
        public String toString() {
            return type;
        }
    }

    record Region(String kind, SortedMap<String, Integer> counts) implements Segment {
        Region {
            counts = new TreeMap<>(counts);
        }

        @Override
        public String toString() {
            return kind + "Region{" + counts.entrySet().stream()
                    .map(Region::count).collect(Collectors.joining(", ")) + "}";
        }

        private static String count(Map.Entry<String, Integer> entry) {
            return entry.getValue() == 1 ? entry.getKey() : entry.getKey() + " x" + entry.getValue();
        }
    }
}
