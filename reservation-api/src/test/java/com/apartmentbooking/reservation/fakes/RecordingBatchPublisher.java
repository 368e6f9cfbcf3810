package com.apartmentbooking.reservation.fakes;

import com.apartmentbooking.model.events.DomainEvent;
import com.apartmentbooking.model.events.EventBatchPublisher;
import com.apartmentbooking.model.events.EventPublishException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps each PutEvents call's events; a call can be told to fail as the EventBridge adapter fails: as a whole
 * (it throws) or from one entry on (the bus refused that entry).
 */
public final class RecordingBatchPublisher implements EventBatchPublisher {
    private final List<List<DomainEvent>> calls = new ArrayList<>();
    private final Map<Integer, Integer> refusedFrom = new HashMap<>();
    private final Map<Integer, EventPublishException> failures = new HashMap<>();

    /** The {@code call}-th call (from 1) takes only its first {@code taken} events. */
    public void refuse(int call, int taken) {
        refusedFrom.put(call, taken);
    }

    /** The {@code call}-th call (from 1) throws {@code failure}. */
    public void fail(int call, EventPublishException failure) {
        failures.put(call, failure);
    }

    public List<List<DomainEvent>> calls() {
        return List.copyOf(calls);
    }

    /** What the bus took, in order. */
    public List<DomainEvent> published() {
        List<DomainEvent> published = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            List<DomainEvent> call = calls.get(i);
            int number = i + 1;
            if (!failures.containsKey(number)) {
                published.addAll(call.subList(0, refusedFrom.getOrDefault(number, call.size())));
            }
        }
        return published;
    }

    @Override
    public int publishBatch(List<? extends DomainEvent> events) {
        if (events.size() > MAX_ENTRIES_PER_CALL) {
            throw new IllegalArgumentException("more than " + MAX_ENTRIES_PER_CALL + " entries");
        }
        calls.add(List.copyOf(events));
        int number = calls.size();
        if (failures.containsKey(number)) {
            throw failures.get(number);
        }
        return Math.min(events.size(), refusedFrom.getOrDefault(number, events.size()));
    }
}
