package com.apartmentbooking.local.states;

import com.apartmentbooking.local.states.engine.ExecutionStatus;
import java.time.Instant;

/** One entry of ListExecutions; {@code stopDate} is null while the execution runs. */
public record ExecutionSummary(
        String executionArn,
        String stateMachineArn,
        String name,
        ExecutionStatus status,
        Instant startDate,
        Instant stopDate) {
}
