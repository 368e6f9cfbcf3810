package com.apartmentbooking.local.states.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The context object ({@code $$} in JSONPath, {@code $states.context} in JSONata) of one
 * execution: the Execution and StateMachine members are built once and shared by every state's
 * context, which adds State, and Task or Map where they apply.
 */
final class ContextObjects {
    /** Step Functions writes times with milliseconds: {@code 2024-01-01T00:00:00.000Z}. */
    static final DateTimeFormatter TIME_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final ObjectNode execution;
    private final ObjectNode stateMachine;

    ContextObjects(String executionArn, String executionName, JsonNode input, Instant startTime, String roleArn,
            String stateMachineArn, String stateMachineName) {
        execution = JsonNodeFactory.instance.objectNode();
        execution.put("Id", executionArn);
        execution.set("Input", input);
        execution.put("StartTime", format(startTime));
        execution.put("Name", executionName);
        execution.put("RoleArn", roleArn);
        execution.put("RedriveCount", 0);
        stateMachine = JsonNodeFactory.instance.objectNode();
        stateMachine.put("Id", stateMachineArn);
        stateMachine.put("Name", stateMachineName);
    }

    static String format(Instant time) {
        return TIME_FORMAT.format(time);
    }

    /**
     * The context of a state. {@code retryCount} is given for the states that can retry (null
     * otherwise, as AWS leaves it out of a Pass state's context), {@code taskToken} for a
     * {@code .waitForTaskToken} task and {@code mapItem} ({@code {Index, Value}}) while a Map
     * selects an item.
     */
    ObjectNode forState(String stateName, Instant enteredTime, Integer retryCount, String taskToken,
            ObjectNode mapItem) {
        ObjectNode context = JsonNodeFactory.instance.objectNode();
        context.set("Execution", execution);
        context.set("StateMachine", stateMachine);
        ObjectNode state = context.putObject("State");
        state.put("EnteredTime", format(enteredTime));
        state.put("Name", stateName);
        if (retryCount != null) {
            state.put("RetryCount", retryCount);
        }
        if (taskToken != null) {
            context.putObject("Task").put("Token", taskToken);
        }
        if (mapItem != null) {
            context.putObject("Map").set("Item", mapItem);
        }
        return context;
    }
}
