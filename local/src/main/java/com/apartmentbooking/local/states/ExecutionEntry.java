package com.apartmentbooking.local.states;

import com.apartmentbooking.local.states.engine.store.ExecutionRecord;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * An execution as {@link StatesStore} keeps it from its start on, written once: what it was started with, its
 * definition by reference (one copy per distinct definition, not per execution) and the sequence number its history
 * blocks and outcome are kept under.
 */
public record ExecutionEntry(
        long sequence,
        String name,
        String stateMachineArn,
        String stateMachineName,
        String roleArn,
        String definitionId,
        JsonNode input,
        Instant startDate) {

    static ExecutionEntry of(long sequence, ExecutionRecord record, String definitionId) {
        return new ExecutionEntry(sequence, record.name(), record.stateMachineArn(), record.stateMachineName(),
                record.roleArn(), definitionId, record.input(), record.startDate());
    }

    ExecutionRecord record(String executionArn, String definitionJson) {
        return new ExecutionRecord(executionArn, name, stateMachineArn, stateMachineName, roleArn, definitionJson,
                input, startDate);
    }
}
