package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.definition.Catcher;
import com.apartmentbooking.local.states.definition.QueryLanguage;
import com.apartmentbooking.local.states.definition.Retrier;
import com.apartmentbooking.local.states.definition.State;
import com.apartmentbooking.local.states.definition.StateIo;
import com.apartmentbooking.local.states.definition.StateType;
import com.apartmentbooking.local.states.engine.history.EventDetails;
import com.apartmentbooking.local.states.engine.history.EventTypes;
import com.apartmentbooking.local.states.jsonata.JsonataScope;
import com.apartmentbooking.local.states.jsonpath.PathContext;
import com.apartmentbooking.local.states.jsonpath.ResultPaths;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One entry of a state, from its Entered event to its Exited event or failure, across its retries.
 * It owns the parts common to every state type: the entered event, the context object, the
 * output side of the data flow, Retry and Catch, and what the state is waiting for.
 */
final class StateRun {
    private final Frame frame;
    private final State state;
    private final JsonNode input;
    private long enteredEventId;
    private Instant enteredTime;
    private int retryCount;
    private int[] retrierAttempts;
    private Suspension suspension;
    private String taskToken;
    private ObjectNode context;
    private boolean over;

    StateRun(Frame frame, State state, JsonNode input) {
        this.frame = frame;
        this.state = state;
        this.input = input;
    }

    State state() {
        return state;
    }

    StateIo io() {
        return state.io();
    }

    JsonNode input() {
        return input;
    }

    Frame frame() {
        return frame;
    }

    ExecutionRuntime runtime() {
        return frame.runtime();
    }

    VariableScope variables() {
        return frame.scope();
    }

    Instant now() {
        return runtime().services().clock().now();
    }

    long record(String type, EventDetails details) {
        return frame.record(type, details);
    }

    /** Records the Entered event and runs the first attempt. */
    void enter() {
        enteredTime = now();
        enteredEventId = record(EventTypes.entered(state.type()),
                EventDetails.of("stateEnteredEventDetails").text("name", state.name()).payload("input", input).build());
        attempt();
    }

    private void attempt() {
        context = null;
        try {
            Behaviors.of(state.type()).start(this);
        } catch (StatesError error) {
            fail(error);
        } catch (RuntimeException unexpected) {
            fail(Causes.internal(unexpected));
        }
    }

    /** The context object of this attempt ({@code $$}), built on first use. */
    ObjectNode context() {
        if (context == null) {
            Integer retries = state.errorHandling().retriers().isEmpty() && state.type() != StateType.TASK
                    ? null : retryCount;
            context = runtime().contexts().forState(state.name(), enteredTime, retries, taskToken, null);
        }
        return context;
    }

    /** The context object while a Map selects item {@code index} ({@code $$.Map.Item}). */
    ObjectNode contextForItem(int index, JsonNode value) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        item.put("Index", index);
        item.set("Value", value);
        return runtime().contexts().forState(state.name(), enteredTime, retryCount, null, item);
    }

    /** Makes {@code $$.Task.Token} available to the expressions evaluated from now on. */
    void useTaskToken(String token) {
        taskToken = token;
        context = null;
    }

    /** What a JSONPath path of this state reads: {@code value} as {@code $}, the context, the variables. */
    PathContext pathContext(JsonNode value) {
        JsonNode contextObject = runtime().machine().readsContext(state) ? context() : null;
        return new PathContext(value, contextObject, frame.scope());
    }

    /** Marks the run as waiting on {@code waiting}. */
    void suspend(Suspension waiting) {
        suspension = waiting;
    }

    /**
     * A callback for work that finishes off the event loop (a timer, a task's answer): it is handed
     * to the loop and runs only if this run is still waiting on the same suspension by then.
     */
    Runnable onLoop(Suspension waiting, Runnable action) {
        ExecutionRuntime runtime = runtime();
        return () -> runtime.post(whileWaiting(waiting, action));
    }

    /**
     * Hands an answer a caller is to be told was taken (a task token's) to the loop, as {@link #onLoop} does; the
     * future completes once the turn that ran it is committed durably.
     */
    CompletableFuture<Void> onLoopPromised(Suspension waiting, Runnable action) {
        return runtime().postPromised(whileWaiting(waiting, action));
    }

    private Runnable whileWaiting(Suspension waiting, Runnable action) {
        return () -> {
            if (!over && suspension == waiting) {
                try {
                    action.run();
                } catch (StatesError error) {
                    fail(error);
                } catch (RuntimeException unexpected) {
                    fail(Causes.internal(unexpected));
                }
            }
        };
    }

    /** The attempt succeeded: applies the output side of the data flow and moves on. */
    void complete(Completion completion) {
        if (over) {
            return;
        }
        suspension = null;
        JsonNode output;
        Map<String, JsonNode> assigned;
        try {
            JsonNode assign = completion.override() ? completion.assign() : io().assign();
            if (state.queryLanguage() == QueryLanguage.JSONPATH) {
                JsonNode result = JsonPathFlow.selectResult(this, completion.result());
                assigned = assign == null ? Map.of() : JsonPathFlow.assign(this, assign, result);
                output = JsonPathFlow.output(this, result);
            } else {
                JsonataScope scope = JsonataFlow.scope(this);
                boolean hasResult = Behaviors.producesResult(state.type());
                if (hasResult) {
                    scope = scope.withResult(completion.result());
                }
                assigned = assign == null ? Map.of() : JsonataFlow.assign(assign, scope);
                JsonNode template = completion.override() ? completion.output() : io().output();
                output = JsonataFlow.output(template, scope, hasResult ? completion.result() : input);
            }
            if (PayloadSize.exceedsLimit(output)) {
                throw Causes.dataLimitExceeded(state.name());
            }
        } catch (StatesError error) {
            fail(error);
            return;
        } catch (RuntimeException unexpected) {
            fail(Causes.internal(unexpected));
            return;
        }
        exit(output, assigned, completion.next() != null ? completion.next() : transitionTarget());
    }

    private String transitionTarget() {
        return state.transition() == null ? null : state.transition().next();
    }

    private void exit(JsonNode output, Map<String, JsonNode> assigned, String next) {
        over = true;
        frame.scope().assign(assigned);
        record(EventTypes.exited(state.type()), EventDetails.of("stateExitedEventDetails")
                .text("name", state.name()).payload("output", output).variables(assigned).build());
        frame.completed(output, next);
    }

    /** The attempt failed: retries, catches or fails the graph, as the state's Retry and Catch say. */
    void fail(StatesError raised) {
        if (over) {
            return;
        }
        cancelSuspension();
        StatesError failure = raised;
        if (!(raised instanceof StateFailure)) {
            failure = Causes.inState(raised, state.name(), enteredEventId);
            if (StatesError.QUERY_EVALUATION_ERROR.equals(failure.error())) {
                record(EventTypes.EVALUATION_FAILED, EventDetails.of("evaluationFailedEventDetails")
                        .text("error", failure.error()).text("cause", failure.cause())
                        .text("state", state.name()).build());
            }
        }
        if (StatesError.RUNTIME.equals(failure.error())) {
            over = true;
            frame.boundary().terminate(failure.error(), failure.cause());
            return;
        }
        if (retry(failure.error())) {
            return;
        }
        over = true;
        Behaviors.recordFinalFailure(this);
        Catcher catcher = Recovery.catcherFor(state.errorHandling().catchers(), failure.error());
        if (catcher != null) {
            caught(catcher, failure);
        } else {
            frame.failed(failure.error(), failure.cause());
        }
    }

    private boolean retry(String error) {
        List<Retrier> retriers = state.errorHandling().retriers();
        int index = Recovery.retrierFor(retriers, error);
        if (index < 0) {
            return false;
        }
        if (retrierAttempts == null) {
            retrierAttempts = new int[retriers.size()];
        }
        Retrier retrier = retriers.get(index);
        if (retrierAttempts[index] >= retrier.maxAttempts()) {
            return false;
        }
        retrierAttempts[index]++;
        waitToRetry(now().plus(Recovery.delay(retrier, retrierAttempts[index])));
        return true;
    }

    private void waitToRetry(Instant due) {
        RetryWait wait = new RetryWait(this, due);
        suspension = wait;
        wait.arm(onLoop(wait, () -> {
            suspension = null;
            retryCount++;
            attempt();
        }));
    }

    private void caught(Catcher catcher, StatesError failure) {
        ObjectNode errorOutput = JsonNodeFactory.instance.objectNode();
        errorOutput.put("Error", failure.error());
        if (failure.cause() != null) {
            errorOutput.put("Cause", failure.cause());
        }
        JsonNode output;
        Map<String, JsonNode> assigned;
        try {
            if (state.queryLanguage() == QueryLanguage.JSONPATH) {
                assigned = catcher.assign() == null ? Map.of()
                        : JsonPathFlow.assign(this, catcher.assign(), errorOutput);
                output = ResultPaths.merge(catcher.resultPath(), input, errorOutput);
            } else {
                JsonataScope scope = JsonataFlow.scope(this).withErrorOutput(errorOutput);
                assigned = catcher.assign() == null ? Map.of() : JsonataFlow.assign(catcher.assign(), scope);
                output = JsonataFlow.output(catcher.output(), scope, errorOutput);
            }
            if (PayloadSize.exceedsLimit(output)) {
                throw Causes.dataLimitExceeded(state.name());
            }
        } catch (StatesError error) {
            StatesError inState = error instanceof StateFailure ? error
                    : Causes.inState(error, state.name(), enteredEventId);
            frame.failed(inState.error(), inState.cause());
            return;
        }
        exit(output, assigned, catcher.next());
    }

    private void cancelSuspension() {
        if (suspension != null) {
            Suspension waiting = suspension;
            suspension = null;
            waiting.abort(false);
        }
    }

    /** The execution was stopped (or a sibling failed) while this state was in progress. */
    void abort(boolean record) {
        if (over) {
            return;
        }
        over = true;
        if (suspension != null) {
            Suspension waiting = suspension;
            suspension = null;
            waiting.abort(record);
        }
    }

    ObjectNode snapshot() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("enteredEventId", enteredEventId);
        node.put("enteredTime", enteredTime.toString());
        node.put("retryCount", retryCount);
        if (retrierAttempts != null) {
            ArrayNode attempts = node.putArray("retrierAttempts");
            for (int count : retrierAttempts) {
                attempts.add(count);
            }
        }
        if (taskToken != null) {
            node.put("taskToken", taskToken);
        }
        if (suspension != null) {
            node.set("suspension", suspension.snapshot());
        }
        return node;
    }

    /** Carries on a run rebuilt from {@link #snapshot()}: its suspension waits again. */
    void restore(JsonNode snapshot) {
        enteredEventId = snapshot.get("enteredEventId").longValue();
        enteredTime = Instant.parse(snapshot.get("enteredTime").textValue());
        retryCount = snapshot.get("retryCount").intValue();
        JsonNode attempts = snapshot.get("retrierAttempts");
        if (attempts != null) {
            retrierAttempts = new int[attempts.size()];
            for (int i = 0; i < attempts.size(); i++) {
                retrierAttempts[i] = attempts.get(i).intValue();
            }
        }
        if (snapshot.has("taskToken")) {
            taskToken = snapshot.get("taskToken").textValue();
        }
        JsonNode waiting = snapshot.get("suspension");
        if (RetryWait.KIND.equals(waiting.get("kind").textValue())) {
            waitToRetry(Instant.parse(waiting.get("due").textValue()));
        } else {
            Behaviors.of(state.type()).resume(this, waiting);
        }
    }
}
