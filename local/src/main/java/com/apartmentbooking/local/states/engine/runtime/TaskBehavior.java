package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.definition.QueryLanguage;
import com.apartmentbooking.local.states.definition.TaskState;
import com.apartmentbooking.local.states.engine.task.Integration;
import com.apartmentbooking.local.states.engine.task.IntegrationPattern;
import com.apartmentbooking.local.states.engine.task.TaskResource;
import com.apartmentbooking.local.states.jsonata.JsonataTemplates;
import com.apartmentbooking.local.states.jsonpath.JsonPaths;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Task: resolves its Resource to an integration, records the scheduling events, calls the
 * integration and waits for its answer (or, for {@code .waitForTaskToken}, for SendTaskSuccess or
 * Failure), with its timeout and heartbeat on timers.
 */
final class TaskBehavior implements StateBehavior {
    @Override
    public void start(StateRun run) {
        TaskState task = (TaskState) run.state();
        TaskResource resource = TaskResource.parse(task.resource());
        Integration integration = integration(run, resource);
        TaskInFlight inFlight = new TaskInFlight(run, resource, integration);
        if (resource.pattern() == IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
            // The token exists before the parameters are evaluated: they pass it on as $$.Task.Token.
            run.useTaskToken(inFlight.issueToken());
        }
        try {
            JsonNode effectiveInput = task.queryLanguage() == QueryLanguage.JSONPATH
                    ? JsonPathFlow.effectiveInput(run) : run.input();
            JsonNode parameters = task.queryLanguage() == QueryLanguage.JSONPATH
                    ? JsonPathFlow.parameters(run, effectiveInput) : JsonataFlow.arguments(run);
            Integer timeout = seconds(task.timeoutSeconds(), task.timeoutSecondsPath(), "TimeoutSeconds", run,
                    effectiveInput);
            Integer heartbeat = seconds(task.heartbeatSeconds(), task.heartbeatSecondsPath(), "HeartbeatSeconds", run,
                    effectiveInput);
            run.suspend(inFlight);
            inFlight.begin(parameters, timeout, heartbeat);
        } catch (RuntimeException failed) {
            inFlight.revokeToken();
            throw failed;
        }
    }

    @Override
    public void resume(StateRun run, JsonNode snapshot) {
        TaskResource resource = TaskResource.parse(((TaskState) run.state()).resource());
        TaskInFlight inFlight = new TaskInFlight(run, resource, integration(run, resource));
        run.suspend(inFlight);
        inFlight.resume(snapshot);
    }

    private static Integration integration(StateRun run, TaskResource resource) {
        if (resource.kind() == TaskResource.Kind.ACTIVITY) {
            throw new StatesError(StatesError.RUNTIME, "Activity tasks are not supported by this engine: "
                    + resource.arn());
        }
        return run.runtime().services().integrations().resolve(resource).orElseThrow(() -> new StatesError(
                StatesError.RUNTIME, "No integration is registered for the resource '" + resource.arn() + "'"));
    }

    /** A timeout in seconds from its literal, path or JSONata field; null when the state sets none. */
    private static Integer seconds(JsonNode literal, String path, String field, StateRun run, JsonNode effectiveInput) {
        JsonNode value = literal;
        if (path != null) {
            value = JsonPaths.readField(path, run.pathContext(effectiveInput), field + "Path");
        } else if (literal != null && run.state().queryLanguage() == QueryLanguage.JSONATA) {
            value = JsonataTemplates.evaluate(literal, JsonataFlow.scope(run), field);
        }
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || value.longValue() < 1 || value.longValue() > Integer.MAX_VALUE) {
            throw new StatesError(path != null ? StatesError.RUNTIME : StatesError.QUERY_EVALUATION_ERROR,
                    "The " + field + " must be a positive integer, but was: " + value);
        }
        return value.intValue();
    }
}
