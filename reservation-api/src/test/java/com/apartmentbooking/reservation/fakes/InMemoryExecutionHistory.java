package com.apartmentbooking.reservation.fakes;

import com.apartmentbooking.reservation.port.ExecutionHistory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** Execution histories by execution ARN; remembers which ones were asked for. */
public final class InMemoryExecutionHistory implements ExecutionHistory {
    private final Map<String, List<HistoryEvent>> histories = new HashMap<>();
    private final List<String> requested = new ArrayList<>();

    public void put(String executionArn, List<HistoryEvent> events) {
        histories.put(executionArn, List.copyOf(events));
    }

    public List<String> requested() {
        return List.copyOf(requested);
    }

    @Override
    public List<HistoryEvent> eventsOf(String executionArn) {
        requested.add(executionArn);
        return histories.getOrDefault(executionArn, List.of());
    }
}
