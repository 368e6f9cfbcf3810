package com.apartmentbooking.local.states.engine;

import java.time.Instant;

/**
 * An execution as DescribeExecution reports it. Input and output are JSON text; output, error,
 * cause and stopDate are null until they exist (AWS leaves out an error or cause it does not know).
 */
public record ExecutionDescription(
        String executionArn,
        String stateMachineArn,
        String name,
        ExecutionStatus status,
        String input,
        String output,
        String error,
        String cause,
        Instant startDate,
        Instant stopDate) {
}
