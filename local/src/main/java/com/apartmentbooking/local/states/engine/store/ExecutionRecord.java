package com.apartmentbooking.local.states.engine.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * What never changes about an execution once started: its identity, the machine and definition it
 * runs, its input and start date. Enough, with the latest checkpoint, to rebuild it.
 */
public record ExecutionRecord(
        String executionArn,
        String name,
        String stateMachineArn,
        String stateMachineName,
        String roleArn,
        String definitionJson,
        JsonNode input,
        Instant startDate) {
}
