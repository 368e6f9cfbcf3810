package com.apartmentbooking.local.states.engine.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletionStage;

/**
 * A service a Task state calls. Calls are asynchronous: the returned stage completes with the
 * task's result, or exceptionally with a {@link com.apartmentbooking.local.states.StatesError}
 * carrying the error name and cause the Task fails with (such as {@code Lambda.ServiceException});
 * any other exception fails the task with States.TaskFailed and the exception's message.
 *
 * <p>For {@code .waitForTaskToken} the stage is the answer to the request that handed the token
 * out (recorded as TaskSubmitted); the task's result arrives later through SendTaskSuccess.
 *
 * <p>Implementations must not block the calling thread: the engine calls them from the event loop
 * of the execution.
 */
@FunctionalInterface
public interface Integration {
    CompletionStage<JsonNode> invoke(TaskRequest request);
}
