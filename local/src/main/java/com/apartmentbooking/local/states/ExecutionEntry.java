package com.apartmentbooking.local.states;

import com.apartmentbooking.local.states.engine.ExecutionStatus;
import com.apartmentbooking.local.states.engine.store.ExecutionCheckpoint;
import com.apartmentbooking.local.states.engine.store.ExecutionRecord;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * An execution as {@link StatesStore} keeps it: what it was started with, its definition by reference (one copy per
 * distinct definition, not per execution), the number its history blocks are kept under, and, once it has ended,
 * its outcome ({@code status} is null while it runs; its progress is then the running checkpoint).
 */
public record ExecutionEntry(
        long sequence,
        String name,
        String stateMachineArn,
        String stateMachineName,
        String roleArn,
        String definitionId,
        JsonNode input,
        Instant startDate,
        ExecutionStatus status,
        JsonNode output,
        String error,
        String cause,
        Instant stopDate) {

    static ExecutionEntry started(long sequence, ExecutionRecord record, String definitionId) {
        return new ExecutionEntry(sequence, record.name(), record.stateMachineArn(), record.stateMachineName(),
                record.roleArn(), definitionId, record.input(), record.startDate(), null, null, null, null, null);
    }

    /** This execution ended as the final {@code checkpoint} says. */
    ExecutionEntry ended(ExecutionCheckpoint checkpoint) {
        return new ExecutionEntry(sequence, name, stateMachineArn, stateMachineName, roleArn, definitionId, input,
                startDate, checkpoint.status(), checkpoint.output(), checkpoint.error(), checkpoint.cause(),
                checkpoint.stopDate());
    }

    boolean hasEnded() {
        return status != null;
    }

    ExecutionRecord record(String executionArn, String definitionJson) {
        return new ExecutionRecord(executionArn, name, stateMachineArn, stateMachineName, roleArn, definitionJson,
                input, startDate);
    }

    /** The final checkpoint of an execution that has ended. */
    ExecutionCheckpoint outcome() {
        return new ExecutionCheckpoint(status, output, error, cause, stopDate, null);
    }
}
