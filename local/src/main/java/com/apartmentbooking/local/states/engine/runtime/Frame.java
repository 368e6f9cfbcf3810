package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.definition.State;
import com.apartmentbooking.local.states.definition.StateGraph;
import com.apartmentbooking.local.states.engine.history.EventDetails;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One run of a graph: the machine's, a Parallel branch's or a Map iteration's. It holds the state
 * it is at, that state's input, its variables and the id of the last event it recorded (the
 * previousEventId of its next one), and moves from state to state on its execution's event loop.
 */
final class Frame {
    private final ExecutionRuntime runtime;
    private final StateGraph graph;
    private final VariableScope scope;
    private final EventSink events;
    private final FrameListener listener;
    private final FailureBoundary boundary;
    private String stateName;
    private JsonNode input;
    private long cursor;
    private StateRun run;
    private boolean done;

    Frame(ExecutionRuntime runtime, StateGraph graph, VariableScope scope, EventSink events, FrameListener listener,
            FailureBoundary boundary, long cursor) {
        this.runtime = runtime;
        this.graph = graph;
        this.scope = scope;
        this.events = events;
        this.listener = listener;
        this.boundary = boundary;
        this.cursor = cursor;
    }

    ExecutionRuntime runtime() {
        return runtime;
    }

    VariableScope scope() {
        return scope;
    }

    EventSink events() {
        return events;
    }

    FailureBoundary boundary() {
        return boundary;
    }

    long cursor() {
        return cursor;
    }

    boolean isDone() {
        return done;
    }

    /** Starts the graph at its StartAt with {@code graphInput}. */
    void begin(JsonNode graphInput) {
        moveTo(graph.startAt(), graphInput);
    }

    /** Enters the current state; called by the event loop when the frame's turn comes. */
    void step() {
        if (done || run != null) {
            return;
        }
        State state = graph.state(stateName);
        run = new StateRun(this, state, input);
        run.enter();
    }

    long record(String type, EventDetails details) {
        cursor = events.append(cursor, type, details);
        return cursor;
    }

    /** Lets the events this frame records next follow {@code eventId} (a child's last event). */
    void follow(long eventId) {
        cursor = Math.max(cursor, eventId);
    }

    /** The current state completed with {@code output}; {@code next} null ends the graph. */
    void completed(JsonNode output, String next) {
        run = null;
        if (next == null) {
            done = true;
            listener.frameSucceeded(this, output);
        } else {
            moveTo(next, output);
        }
    }

    void failed(String error, String cause) {
        run = null;
        done = true;
        listener.frameFailed(this, error, cause);
    }

    /** Stops the frame: its state in progress is aborted, recording AWS's aborted events if {@code record}. */
    void abort(boolean record) {
        if (done) {
            return;
        }
        done = true;
        if (run != null) {
            run.abort(record);
            run = null;
        }
    }

    private void moveTo(String nextState, JsonNode nextInput) {
        stateName = nextState;
        input = nextInput;
        runtime.ready(this);
    }

    ObjectNode snapshot() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("state", stateName);
        node.set("input", input);
        node.put("cursor", cursor);
        node.set("variables", scope.snapshot());
        if (run != null) {
            node.set("run", run.snapshot());
        }
        return node;
    }

    /** Rebuilds a frame from {@link #snapshot()}: a state in progress carries on waiting, else the frame is ready. */
    void restore(JsonNode snapshot) {
        stateName = snapshot.get("state").textValue();
        input = snapshot.get("input");
        cursor = snapshot.get("cursor").longValue();
        scope.restore(snapshot.get("variables"));
        JsonNode runSnapshot = snapshot.get("run");
        if (runSnapshot == null) {
            runtime.ready(this);
        } else {
            run = new StateRun(this, graph.state(stateName), input);
            run.restore(runSnapshot);
        }
    }
}
