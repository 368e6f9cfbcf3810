package com.apartmentbooking.local.states;

import java.time.Instant;

/**
 * A state machine as DescribeStateMachine reports it. {@code updateDate} and {@code revisionId} are null
 * until the first UpdateStateMachine.
 */
public record StateMachine(
        String name,
        String stateMachineArn,
        String definition,
        String roleArn,
        StateMachineType type,
        Instant creationDate,
        Instant updateDate,
        String revisionId) {

    StateMachine updated(String newDefinition, String newRoleArn, Instant at, String newRevisionId) {
        return new StateMachine(name, stateMachineArn, newDefinition, newRoleArn, type, creationDate, at,
                newRevisionId);
    }
}
