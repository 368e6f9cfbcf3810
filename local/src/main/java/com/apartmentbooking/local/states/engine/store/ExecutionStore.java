package com.apartmentbooking.local.states.engine.store;

import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import java.util.List;
import java.util.Optional;

/**
 * Where executions are kept. The engine commits after each step it takes (one run of an
 * execution's event loop: its transitions up to the point where it waits for a timer, a task or
 * a child): the history events the step added and the checkpoint after it, together. A durable
 * implementation that writes each commit atomically lets an engine rebuilt after a crash carry on
 * from the last committed step; the work of an uncommitted step is redone.
 */
public interface ExecutionStore {
    /** Registers a new execution, before its first commit. */
    void create(ExecutionRecord record);

    /**
     * Appends {@code newEvents} to the execution's history and replaces its checkpoint. {@code promised}: a caller
     * is to be told that what the step took in was taken (a task token's answer, SendTaskSuccess), so a durable
     * store has the step on disk before it returns, as it has an execution's end.
     */
    void commit(String executionArn, List<HistoryEvent> newEvents, ExecutionCheckpoint checkpoint, boolean promised);

    Optional<StoredExecution> load(String executionArn);

    /**
     * The execution without its history (which is then empty), for answers that do not need it, such as
     * DescribeExecution of a finished execution; a store whose history is costly to read overrides it.
     */
    default Optional<StoredExecution> loadWithoutHistory(String executionArn) {
        return load(executionArn);
    }

    /** The execution's history; empty when the store has no such execution. */
    default List<HistoryEvent> history(String executionArn) {
        return load(executionArn).map(StoredExecution::history).orElse(List.of());
    }

    /** The executions to resume: those whose latest checkpoint is RUNNING, or that never committed one. */
    List<StoredExecution> unfinished();
}
