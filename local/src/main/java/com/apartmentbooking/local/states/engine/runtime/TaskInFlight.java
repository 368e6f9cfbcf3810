package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.definition.TaskState;
import com.apartmentbooking.local.states.engine.history.EventDetails;
import com.apartmentbooking.local.states.engine.history.EventTypes;
import com.apartmentbooking.local.states.engine.task.Integration;
import com.apartmentbooking.local.states.engine.task.IntegrationPattern;
import com.apartmentbooking.local.states.engine.task.TaskRequest;
import com.apartmentbooking.local.states.engine.task.TaskResource;
import com.apartmentbooking.local.clock.Timer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * A Task attempt waiting for its integration: the events it records (Task* for service
 * integrations, LambdaFunction* for a function ARN), its timeout and heartbeat timers, and its task
 * token while SendTaskSuccess/Failure/Heartbeat may arrive.
 */
final class TaskInFlight implements Suspension, TaskTokens.TokenHolder {
    static final String KIND = "task";

    private final StateRun run;
    private final TaskResource resource;
    private final Integration integration;
    private final boolean lambdaFunction;
    private JsonNode parameters;
    private String token;
    private boolean submitted;
    private Integer heartbeatSeconds;
    private Integer timeoutSeconds;
    private Instant timeoutDue;
    private Instant heartbeatDue;
    private Timer timeoutTimer;
    private Timer heartbeatTimer;

    TaskInFlight(StateRun run, TaskResource resource, Integration integration) {
        this.run = run;
        this.resource = resource;
        this.integration = integration;
        this.lambdaFunction = resource.kind() == TaskResource.Kind.LAMBDA_FUNCTION;
    }

    String issueToken() {
        token = run.runtime().services().tokens().issue(this);
        return token;
    }

    void revokeToken() {
        run.runtime().services().tokens().revoke(token);
    }

    /** Records the scheduling events, arms the timers and calls the integration. */
    void begin(JsonNode taskParameters, Integer timeout, Integer heartbeat) {
        parameters = taskParameters;
        timeoutSeconds = timeout;
        heartbeatSeconds = heartbeat;
        recordScheduled();
        if (run.runtime().status().isFinal()) {
            // Its scheduling was the event the history had no room for: the execution failed and the task is not called.
            return;
        }
        Instant now = run.now();
        if (timeout != null) {
            armTimeout(now.plusSeconds(timeout));
        }
        if (heartbeat != null) {
            armHeartbeat(now.plusSeconds(heartbeat));
        }
        invoke();
    }

    private void recordScheduled() {
        if (lambdaFunction) {
            EventDetails.Builder details = EventDetails.of("lambdaFunctionScheduledEventDetails")
                    .text("resource", resource.arn()).payload("input", parameters);
            if (timeoutSeconds != null) {
                details.number("timeoutInSeconds", timeoutSeconds);
            }
            run.record(EventTypes.LAMBDA_FUNCTION_SCHEDULED, details.build());
            run.record(EventTypes.LAMBDA_FUNCTION_STARTED, null);
            return;
        }
        EventDetails.Builder details = EventDetails.of("taskScheduledEventDetails")
                .text("resourceType", resource.resourceType()).text("resource", resource.resourceName())
                .text("region", run.runtime().services().region()).bare("parameters", parameters);
        if (timeoutSeconds != null) {
            details.number("timeoutInSeconds", timeoutSeconds);
        }
        if (heartbeatSeconds != null) {
            details.number("heartbeatInSeconds", heartbeatSeconds);
        }
        run.record(EventTypes.TASK_SCHEDULED, details.build());
        run.record(EventTypes.TASK_STARTED, resourceDetails("taskStartedEventDetails").build());
    }

    private void invoke() {
        TaskRequest request = new TaskRequest(resource, parameters, token, run.runtime().executionArn(),
                run.state().name(), run.context(), timeoutSeconds, heartbeatSeconds,
                ((TaskState) run.state()).credentials(),
                response -> run.onLoop(this, () -> recordSubmitted(response)).run());
        CompletionStage<JsonNode> answer;
        try {
            answer = integration.invoke(request);
        } catch (RuntimeException thrown) {
            answered(null, thrown);
            return;
        }
        answer.whenComplete((result, failure) -> run.onLoop(this, () -> answered(result, failure)).run());
    }

    private void answered(JsonNode result, Throwable failure) {
        if (failure != null) {
            Throwable reason = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            String error = reason instanceof StatesError statesError ? statesError.error() : StatesError.TASK_FAILED;
            String cause = reason instanceof StatesError statesError ? statesError.cause() : reason.getMessage();
            boolean beforeSubmission = !submitted && (resource.pattern() == IntegrationPattern.WAIT_FOR_TASK_TOKEN
                    || resource.pattern() == IntegrationPattern.RUN_JOB
                    || resource.pattern() == IntegrationPattern.RUN_JOB_V2);
            failed(beforeSubmission ? EventTypes.TASK_SUBMIT_FAILED : EventTypes.TASK_FAILED, error, cause);
        } else if (resource.pattern() == IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
            recordSubmitted(result);
        } else {
            succeeded(result);
        }
    }

    private void recordSubmitted(JsonNode response) {
        submitted = true;
        run.record(EventTypes.TASK_SUBMITTED, resourceDetails("taskSubmittedEventDetails")
                .payload("output", response == null ? JsonNodeFactory.instance.nullNode() : response).build());
    }

    private void succeeded(JsonNode result) {
        JsonNode output = result == null ? JsonNodeFactory.instance.nullNode() : result;
        stopWaiting();
        if (lambdaFunction) {
            run.record(EventTypes.LAMBDA_FUNCTION_SUCCEEDED,
                    EventDetails.of("lambdaFunctionSucceededEventDetails").payload("output", output).build());
        } else {
            run.record(EventTypes.TASK_SUCCEEDED, resourceDetails("taskSucceededEventDetails")
                    .payload("output", output).build());
        }
        if (PayloadSize.exceedsLimit(output)) {
            run.fail(Causes.dataLimitExceeded(run.state().name()));
            return;
        }
        run.complete(Completion.of(output));
    }

    private void failed(String eventType, String error, String cause) {
        stopWaiting();
        if (lambdaFunction) {
            run.record(EventTypes.LAMBDA_FUNCTION_FAILED, EventDetails.of("lambdaFunctionFailedEventDetails")
                    .text("error", error).text("cause", cause).build());
        } else {
            String detailsKey = eventType.equals(EventTypes.TASK_SUBMIT_FAILED)
                    ? "taskSubmitFailedEventDetails" : "taskFailedEventDetails";
            run.record(eventType, resourceDetails(detailsKey).text("error", error).text("cause", cause).build());
        }
        run.fail(new StateFailure(error, cause));
    }

    private void timedOut(String error) {
        stopWaiting();
        if (lambdaFunction) {
            run.record(EventTypes.LAMBDA_FUNCTION_TIMED_OUT, EventDetails.of("lambdaFunctionTimedOutEventDetails")
                    .text("error", error).build());
        } else {
            run.record(EventTypes.TASK_TIMED_OUT, resourceDetails("taskTimedOutEventDetails")
                    .text("error", error).build());
        }
        run.fail(new StateFailure(error, null));
    }

    private EventDetails.Builder resourceDetails(String key) {
        return EventDetails.of(key).text("resourceType", resource.resourceType())
                .text("resource", resource.resourceName());
    }

    private void armTimeout(Instant due) {
        timeoutDue = due;
        timeoutTimer = run.runtime().services().scheduler().schedule(due,
                run.onLoop(this, () -> timedOut(StatesError.TIMEOUT)));
    }

    private void armHeartbeat(Instant due) {
        if (heartbeatTimer != null) {
            heartbeatTimer.cancel();
        }
        heartbeatDue = due;
        heartbeatTimer = run.runtime().services().scheduler().schedule(due,
                run.onLoop(this, () -> timedOut(StatesError.HEARTBEAT_TIMEOUT)));
    }

    /** Ends the wait: timers off, token given up. */
    private void stopWaiting() {
        if (timeoutTimer != null) {
            timeoutTimer.cancel();
        }
        if (heartbeatTimer != null) {
            heartbeatTimer.cancel();
        }
        revokeToken();
    }

    @Override
    public CompletableFuture<Void> succeed(JsonNode output) {
        return run.onLoopPromised(this, () -> succeeded(output));
    }

    @Override
    public CompletableFuture<Void> fail(String error, String cause) {
        return run.onLoopPromised(this, () -> failed(EventTypes.TASK_FAILED, error, cause));
    }

    @Override
    public CompletableFuture<Void> heartbeat() {
        return run.onLoopPromised(this, () -> {
            if (heartbeatSeconds != null) {
                armHeartbeat(run.now().plusSeconds(heartbeatSeconds));
            }
        });
    }

    @Override
    public void abort(boolean record) {
        stopWaiting();
        if (record) {
            run.record(EventTypes.aborted(run.state().type()), null);
        }
    }

    @Override
    public ObjectNode snapshot() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("kind", KIND);
        node.set("parameters", parameters);
        node.put("submitted", submitted);
        if (token != null) {
            node.put("token", token);
        }
        if (timeoutSeconds != null) {
            node.put("timeoutSeconds", timeoutSeconds);
            node.put("timeoutDue", timeoutDue.toString());
        }
        if (heartbeatSeconds != null) {
            node.put("heartbeatSeconds", heartbeatSeconds);
            node.put("heartbeatDue", heartbeatDue.toString());
        }
        return node;
    }

    /**
     * Carries on after a rebuild. A token task that already handed its token out keeps waiting for
     * it; any other call is made again, since its answer, if any came, was not committed.
     */
    void resume(JsonNode snapshot) {
        parameters = snapshot.get("parameters");
        submitted = snapshot.get("submitted").booleanValue();
        if (snapshot.has("timeoutSeconds")) {
            timeoutSeconds = snapshot.get("timeoutSeconds").intValue();
            armTimeout(Instant.parse(snapshot.get("timeoutDue").textValue()));
        }
        if (snapshot.has("heartbeatSeconds")) {
            heartbeatSeconds = snapshot.get("heartbeatSeconds").intValue();
            armHeartbeat(Instant.parse(snapshot.get("heartbeatDue").textValue()));
        }
        if (snapshot.has("token")) {
            token = snapshot.get("token").textValue();
            run.runtime().services().tokens().restore(token, this);
        }
        if (!(submitted && resource.pattern() == IntegrationPattern.WAIT_FOR_TASK_TOKEN)) {
            invoke();
        }
    }
}
