package com.apartmentbooking.local.states.engine.store;

import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import java.util.List;
import java.util.Optional;

/**
 * A store that keeps nothing: executions live only while they run and are gone once finished.
 * For load generators and benchmarks, where keeping millions of histories would measure the
 * garbage collector rather than the engine.
 */
public final class DiscardingExecutionStore implements ExecutionStore {
    @Override
    public void create(ExecutionRecord record) {
        // Nothing is kept.
    }

    @Override
    public void commit(String executionArn, List<HistoryEvent> newEvents, ExecutionCheckpoint checkpoint,
            boolean promised) {
        // Nothing is kept.
    }

    @Override
    public Optional<StoredExecution> load(String executionArn) {
        return Optional.empty();
    }

    @Override
    public List<StoredExecution> unfinished() {
        return List.of();
    }
}
