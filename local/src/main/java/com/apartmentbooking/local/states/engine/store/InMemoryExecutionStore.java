package com.apartmentbooking.local.states.engine.store;

import com.apartmentbooking.local.states.engine.ExecutionStatus;
import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link ExecutionStore} in memory, for tests and for runs that need not survive the process. */
public final class InMemoryExecutionStore implements ExecutionStore {
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public void create(ExecutionRecord record) {
        if (entries.putIfAbsent(record.executionArn(), new Entry(record)) != null) {
            throw new IllegalStateException("Execution already exists: " + record.executionArn());
        }
    }

    @Override
    public void commit(String executionArn, List<HistoryEvent> newEvents, ExecutionCheckpoint checkpoint,
            boolean promised) {
        Entry entry = entries.get(executionArn);
        if (entry == null) {
            throw new IllegalStateException("Unknown execution: " + executionArn);
        }
        synchronized (entry) {
            entry.history.addAll(newEvents);
            entry.checkpoint = checkpoint;
        }
    }

    @Override
    public Optional<StoredExecution> load(String executionArn) {
        Entry entry = entries.get(executionArn);
        return entry == null ? Optional.empty() : Optional.of(entry.snapshot());
    }

    @Override
    public List<StoredExecution> unfinished() {
        List<StoredExecution> result = new ArrayList<>();
        for (Entry entry : entries.values()) {
            StoredExecution stored = entry.snapshot();
            if (stored.checkpoint() == null || stored.checkpoint().status() == ExecutionStatus.RUNNING) {
                result.add(stored);
            }
        }
        return result;
    }

    private static final class Entry {
        private final ExecutionRecord record;
        private final List<HistoryEvent> history = new ArrayList<>();
        private ExecutionCheckpoint checkpoint;

        private Entry(ExecutionRecord record) {
            this.record = record;
        }

        private synchronized StoredExecution snapshot() {
            return new StoredExecution(record, history, checkpoint);
        }
    }
}
