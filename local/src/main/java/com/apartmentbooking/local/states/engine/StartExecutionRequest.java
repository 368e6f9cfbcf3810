package com.apartmentbooking.local.states.engine;

import com.apartmentbooking.local.states.engine.runtime.CompiledMachine;
import java.time.Duration;

/**
 * What StartExecution needs: the machine (its ARN, a compiled definition, the role executions
 * report), the execution's name (null for a generated one), its input as JSON text (null for
 * {@code {}}) and how long it may run at most (AWS's limit for the machine's type).
 */
public record StartExecutionRequest(
        String stateMachineArn, CompiledMachine machine, String roleArn, String executionName, String inputJson,
        Duration maxDuration) {

    /** A Standard execution, which may run for a year. */
    public StartExecutionRequest(String stateMachineArn, CompiledMachine machine, String roleArn,
            String executionName, String inputJson) {
        this(stateMachineArn, machine, roleArn, executionName, inputJson, ExecutionQuotas.STANDARD_MAX_DURATION);
    }
}
