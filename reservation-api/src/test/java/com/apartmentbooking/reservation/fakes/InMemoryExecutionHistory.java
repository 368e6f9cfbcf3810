package com.apartmentbooking.reservation.fakes;

import com.apartmentbooking.reservation.port.ExecutionHistory;
import com.apartmentbooking.reservation.port.HistoryEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Execution histories by execution ARN; remembers which ones were asked for. */
public final class InMemoryExecutionHistory implements ExecutionHistory {
    private final Map<String, List<HistoryEntry>> histories = new HashMap<>();
    private final List<String> requested = new ArrayList<>();

    public void put(String executionArn, List<HistoryEntry> events) {
        histories.put(executionArn, List.copyOf(events));
    }

    public List<String> requested() {
        return List.copyOf(requested);
    }

    @Override
    public List<HistoryEntry> eventsOf(String executionArn) {
        requested.add(executionArn);
        return histories.getOrDefault(executionArn, List.of());
    }
}
