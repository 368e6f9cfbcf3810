package com.apartmentbooking.local.states.engine;

import com.apartmentbooking.local.states.engine.history.EventDetails;
import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import com.apartmentbooking.local.states.engine.store.ExecutionCheckpoint;
import com.apartmentbooking.local.states.engine.store.StoredExecution;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A finished execution read back from the store. */
final class StoredExecutionView implements ExecutionView {
    private final StoredExecution stored;

    StoredExecutionView(StoredExecution stored) {
        this.stored = stored;
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
        return stored.history();
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
