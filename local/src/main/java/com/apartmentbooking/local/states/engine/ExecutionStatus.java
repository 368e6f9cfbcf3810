package com.apartmentbooking.local.states.engine;

/** An execution's status, as DescribeExecution names it. */
public enum ExecutionStatus {
    RUNNING,
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    ABORTED;

    public boolean isFinal() {
        return this != RUNNING;
    }
}
