package com.apartmentbooking.local.states.engine.task;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One call of an integration by a Task state.
 *
 * @param parameters the task's input: its effective Parameters or Arguments; for a legacy Lambda
 *                   function resource, the state's effective input
 * @param taskToken  the token for {@code .waitForTaskToken} ({@code $$.Task.Token}); null otherwise
 * @param context    the context object at the time of the call
 * @param timeoutSeconds the task's timeout, null when the state sets none
 * @param heartbeatSeconds the task's heartbeat interval, null when the state sets none
 * @param credentials the state's Credentials block as written, null when absent
 * @param progress   where a {@code .sync} integration reports that its job was submitted
 */
public record TaskRequest(
        TaskResource resource,
        JsonNode parameters,
        String taskToken,
        String executionArn,
        String stateName,
        JsonNode context,
        Integer timeoutSeconds,
        Integer heartbeatSeconds,
        JsonNode credentials,
        TaskProgress progress) {
}
