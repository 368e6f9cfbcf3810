package com.apartmentbooking.local.states.engine;

import com.apartmentbooking.local.states.engine.history.EventDetails;
import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import com.apartmentbooking.local.states.engine.store.ExecutionCheckpoint;
import com.apartmentbooking.local.states.engine.store.StoredExecution;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** A finished execution read back from the store; its history is read only when asked for. */
final class StoredExecutionView implements ExecutionView {
    private final StoredExecution stored;
    private final Supplier<List<HistoryEvent>> history;

    StoredExecutionView(StoredExecution stored, Supplier<List<HistoryEvent>> history) {
        this.stored = stored;
        this.history = history;
    }

    @Override
    public String executionArn() {
        return stored.record().executionArn();
    }

    @Override
    public ExecutionStatus status() {
        return stored.checkpoint().status();
    }

    @Override
    public ExecutionDescription describe() {
        ExecutionCheckpoint checkpoint = stored.checkpoint();
        return new ExecutionDescription(executionArn(), stored.record().stateMachineArn(), stored.record().name(),
                checkpoint.status(), EventDetails.text(stored.record().input()),
                checkpoint.output() == null ? null : EventDetails.text(checkpoint.output()),
                checkpoint.error(), checkpoint.cause(), stored.record().startDate(), checkpoint.stopDate());
    }

    @Override
    public List<HistoryEvent> history() {
        return history.get();
    }

    @Override
    public CompletionStage<ExecutionDescription> completion() {
        return CompletableFuture.completedFuture(describe());
    }

    @Override
    public void stop(String error, String cause) {
        // A finished execution cannot be stopped; StopExecution leaves it as it is.
    }
}
