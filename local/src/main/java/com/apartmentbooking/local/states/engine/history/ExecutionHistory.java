package com.apartmentbooking.local.states.engine.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of one execution in order. Only the execution's own event loop appends; describe and
 * history calls from other threads read a copy.
 */
public final class ExecutionHistory {
    private final List<HistoryEvent> events = new ArrayList<>();

    public ExecutionHistory() {
    }

    /** A history that continues {@code recorded}, for an execution rebuilt from its store. */
    public ExecutionHistory(List<HistoryEvent> recorded) {
        events.addAll(recorded);
    }

    public synchronized HistoryEvent append(String type, long previousEventId, Instant timestamp, EventDetails details) {
        HistoryEvent event = new HistoryEvent(events.size() + 1L, previousEventId, timestamp, type, details);
        events.add(event);
        return event;
    }

    public synchronized List<HistoryEvent> events() {
        return List.copyOf(events);
    }

    /** The events from position {@code from} (0-based) on, for committing what a step added. */
    public synchronized List<HistoryEvent> since(int from) {
        return List.copyOf(events.subList(from, events.size()));
    }

    public synchronized int size() {
        return events.size();
    }

    public synchronized long lastEventId() {
        return events.size();
    }
}
