package com.apartmentbooking.local.states.engine;

import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * An execution as callers see it: running ones answer from their event loop, finished ones from
 * the store, so the engine need not keep finished executions in memory.
 */
public interface ExecutionView {
    String executionArn();

    ExecutionStatus status();

    ExecutionDescription describe();

    List<HistoryEvent> history();

    /** Completes once the execution has ended and its end is committed. */
    CompletionStage<ExecutionDescription> completion();

    /** StopExecution; an execution that has ended is left as it is. */
    void stop(String error, String cause);
}
