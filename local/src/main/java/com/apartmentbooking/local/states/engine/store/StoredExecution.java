package com.apartmentbooking.local.states.engine.store;

import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import java.util.List;

/** An execution as a store holds it: its record, its history so far and its latest checkpoint. */
public record StoredExecution(ExecutionRecord record, List<HistoryEvent> history, ExecutionCheckpoint checkpoint) {
    public StoredExecution {
        history = List.copyOf(history);
    }
}
