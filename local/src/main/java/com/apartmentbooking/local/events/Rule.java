package com.apartmentbooking.local.events;

import java.util.List;

/**
 * A rule as kept in the store.
 *
 * @param state one of {@link #STATES}; every state but {@code DISABLED} matches events
 */
record Rule(String name, String eventBusName, String arn, String eventPattern, String scheduleExpression,
        String state, String description, String roleArn) {

    static final String ENABLED = "ENABLED";
    static final String DISABLED = "DISABLED";
    static final List<String> STATES = List.of(DISABLED, ENABLED, "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS");

    boolean enabled() {
        return !DISABLED.equals(state);
    }

    Rule withState(String newState) {
        return new Rule(name, eventBusName, arn, eventPattern, scheduleExpression, newState, description, roleArn);
    }
}
