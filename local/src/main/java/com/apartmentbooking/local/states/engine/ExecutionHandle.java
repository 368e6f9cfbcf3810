package com.apartmentbooking.local.states.engine;

import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A started execution: its description and history as they are now, and a way to wait for its end. */
public final class ExecutionHandle {
    private final ExecutionView runtime;

    ExecutionHandle(ExecutionView runtime) {
        this.runtime = runtime;
    }

    public String executionArn() {
        return runtime.executionArn();
    }

    public ExecutionStatus status() {
        return runtime.status();
    }

    public boolean isDone() {
        return runtime.status().isFinal();
    }

    public ExecutionDescription describe() {
        return runtime.describe();
    }

    /** The output as JSON text; null unless SUCCEEDED. */
    public String output() {
        return describe().output();
    }

    public String error() {
        return describe().error();
    }

    public String cause() {
        return describe().cause();
    }

    public Instant startDate() {
        return describe().startDate();
    }

    public Instant stopDate() {
        return describe().stopDate();
    }

    /** The history so far, oldest first. */
    public List<HistoryEvent> history() {
        return runtime.history();
    }

    /** Completes with the final description once the execution has ended and its end is committed. */
    public CompletionStage<ExecutionDescription> completion() {
        return runtime.completion();
    }

    /** Waits up to {@code timeout} for the execution to end; with a controllable clock, advance it first. */
    public ExecutionDescription await(Duration timeout) throws InterruptedException, TimeoutException {
        try {
            return runtime.completion().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException impossible) {
            throw new IllegalStateException("An execution's completion never fails", impossible.getCause());
        }
    }

    /** StopExecution: aborts the execution if it is still running. */
    public void stop(String error, String cause) {
        runtime.stop(error, cause);
    }
}
