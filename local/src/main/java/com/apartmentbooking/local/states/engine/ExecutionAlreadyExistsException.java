package com.apartmentbooking.local.states.engine;

/** StartExecution with the name of an execution of the same state machine that already exists. */
public class ExecutionAlreadyExistsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExecutionAlreadyExistsException(String executionArn) {
        super("Execution Already Exists: '" + executionArn + "'");
    }
}
