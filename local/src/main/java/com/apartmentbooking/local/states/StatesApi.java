package com.apartmentbooking.local.states;

/** Step Functions as other services of the runtime call it; a refusal is a {@link StatesException}. */
public interface StatesApi {

    /** Starts an execution of the state machine with a generated name; returns its ARN. */
    String startExecution(String stateMachineArn, String input);
}
