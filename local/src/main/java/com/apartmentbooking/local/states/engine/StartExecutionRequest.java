package com.apartmentbooking.local.states.engine;

import com.apartmentbooking.local.states.engine.runtime.CompiledMachine;

/**
 * What StartExecution needs: the machine (its ARN, a compiled definition, the role executions
 * report), the execution's name (null for a generated one) and its input as JSON text (null for
 * {@code {}}).
 */
public record StartExecutionRequest(
        String stateMachineArn, CompiledMachine machine, String roleArn, String executionName, String inputJson) {
}
