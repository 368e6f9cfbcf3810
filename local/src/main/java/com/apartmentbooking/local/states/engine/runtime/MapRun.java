package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.definition.MapState;
import com.apartmentbooking.local.states.definition.ProcessorMode;
import com.apartmentbooking.local.states.definition.QueryLanguage;
import com.apartmentbooking.local.states.engine.history.EventDetails;
import com.apartmentbooking.local.states.engine.history.EventTypes;
import com.apartmentbooking.local.states.jsonata.JsonataScope;
import com.apartmentbooking.local.states.jsonata.JsonataTemplates;
import com.apartmentbooking.local.states.jsonpath.PathContext;
import com.apartmentbooking.local.states.jsonpath.PayloadTemplates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The iterations of one Map attempt in progress: at most MaxConcurrency at a time, each a frame
 * of its own. Inline iterations record MapIteration* events in the execution's history and read
 * the state's variables; distributed ones run as the child executions of a Map Run, recorded as
 * MapRun* events, with variables of their own. Failures beyond the tolerance fail the state.
 */
final class MapRun implements Suspension, FrameListener {
    static final String KIND = "map";
    private static final String THRESHOLD_EXCEEDED = "States.ExceedToleratedFailureThreshold";
    private static final String THRESHOLD_CAUSE = "The specified tolerated failure threshold was exceeded";

    private final StateRun run;
    private final MapState map;
    private final ArrayNode items;
    private final JsonNode selectorInput;
    private final MapSettings settings;
    private final boolean distributed;
    private final JsonNode[] results;
    private final Map<Frame, Integer> running = new IdentityHashMap<>();
    private String mapRunArn;
    private int next;
    private int finished;
    private int failures;
    private boolean closed;

    MapRun(StateRun run, MapState map, ArrayNode items, JsonNode selectorInput, MapSettings settings) {
        this.run = run;
        this.map = map;
        this.items = items;
        this.selectorInput = selectorInput;
        this.settings = settings;
        this.distributed = map.processor().mode() == ProcessorMode.DISTRIBUTED;
        this.results = new JsonNode[items.size()];
    }

    void begin() {
        if (distributed) {
            mapRunArn = mapRunArn();
            run.record(EventTypes.MAP_RUN_STARTED,
                    EventDetails.of("mapRunStartedEventDetails").text("mapRunArn", mapRunArn).build());
        }
        launchMore();
        finishIfDone();
    }

    private String mapRunArn() {
        ExecutionRuntime runtime = run.runtime();
        String label = map.label() != null ? map.label() : map.name();
        return "arn:aws:states:" + runtime.services().region() + ":" + runtime.services().accountId() + ":mapRun:"
                + runtime.stateMachineName() + "/" + label + ":" + UUID.randomUUID();
    }

    /**
     * Starts iterations up to the concurrency limit. An ItemSelector that fails fails the state,
     * whichever iteration's end made room for the item.
     */
    private void launchMore() {
        while (!closed && next < items.size()
                && (settings.maxConcurrency() == 0 || running.size() < settings.maxConcurrency())) {
            try {
                launch(next++);
            } catch (StatesError error) {
                failSelection(error);
            } catch (RuntimeException unexpected) {
                failSelection(Causes.internal(unexpected));
            }
        }
    }

    private void failSelection(StatesError error) {
        closed = true;
        abortRunning(true);
        run.fail(error);
    }

    private void launch(int index) {
        JsonNode item = items.get(index);
        JsonNode iterationInput = select(index, item);
        Frame iteration = iteration(index);
        running.put(iteration, index);
        iteration.begin(iterationInput);
    }

    private Frame iteration(int index) {
        if (distributed) {
            return childExecution();
        }
        long started = run.record(EventTypes.MAP_ITERATION_STARTED,
                iterationDetails("mapIterationStartedEventDetails", index));
        return inlineIteration(started);
    }

    private Frame inlineIteration(long cursor) {
        Frame parent = run.frame();
        return new Frame(parent.runtime(), map.processor().graph(), new VariableScope(parent.scope()), parent.events(),
                this, parent.boundary(), cursor);
    }

    /** A distributed item's frame: a child execution, with its own history, variables and failure boundary. */
    private Frame childExecution() {
        return new ChildExecution().frame;
    }

    /** A child execution of the Map Run: a terminal failure inside it fails its item, not the parent. */
    private final class ChildExecution implements FailureBoundary {
        private final Frame frame = new Frame(run.runtime(), map.processor().graph(), new VariableScope(null),
                new ChildExecutionHistory(), MapRun.this, this, 0);

        @Override
        public void terminate(String error, String cause) {
            frame.abort(false);
            frameFailed(frame, error, cause);
        }
    }

    /** The item as its iteration receives it: through ItemSelector when there is one. */
    private JsonNode select(int index, JsonNode item) {
        if (map.itemSelector() == null) {
            return item;
        }
        ObjectNode context = run.contextForItem(index, item);
        if (map.queryLanguage() == QueryLanguage.JSONPATH) {
            return PayloadTemplates.evaluate(map.itemSelector(), new PathContext(selectorInput, context, run.variables()));
        }
        JsonataScope scope = JsonataScope.of(run.input(), context, run.variables());
        return JsonataTemplates.evaluate(map.itemSelector(), scope, "ItemSelector");
    }

    @Override
    public void frameSucceeded(Frame frame, JsonNode output) {
        int index = running.remove(frame);
        results[index] = output;
        if (!distributed) {
            run.frame().follow(frame.cursor());
            run.record(EventTypes.MAP_ITERATION_SUCCEEDED,
                    iterationDetails("mapIterationSucceededEventDetails", index));
        }
        finished++;
        launchMore();
        finishIfDone();
    }

    @Override
    public void frameFailed(Frame frame, String error, String cause) {
        int index = running.remove(frame);
        if (!distributed) {
            run.frame().follow(frame.cursor());
            run.record(EventTypes.MAP_ITERATION_FAILED, iterationDetails("mapIterationFailedEventDetails", index));
        }
        failures++;
        if (settings.exceeded(failures, items.size())) {
            failState(error, cause);
            return;
        }
        ObjectNode errorOutput = JsonNodeFactory.instance.objectNode();
        errorOutput.put("Error", error);
        errorOutput.put("Cause", cause);
        results[index] = errorOutput;
        finished++;
        launchMore();
        finishIfDone();
    }

    private void failState(String error, String cause) {
        closed = true;
        abortRunning(true);
        String stateError = error;
        String stateCause = cause;
        if (distributed || settings.hasTolerance()) {
            stateError = THRESHOLD_EXCEEDED;
            stateCause = THRESHOLD_CAUSE;
        }
        if (distributed) {
            run.record(EventTypes.MAP_RUN_FAILED, EventDetails.of("mapRunFailedEventDetails")
                    .text("error", stateError).text("cause", stateCause).build());
        }
        run.fail(new StateFailure(stateError, stateCause));
    }

    private void finishIfDone() {
        if (closed || finished < items.size()) {
            return;
        }
        closed = true;
        if (distributed) {
            run.record(EventTypes.MAP_RUN_SUCCEEDED, null);
        }
        run.record(EventTypes.MAP_STATE_SUCCEEDED, null);
        ArrayNode outputs = JsonNodeFactory.instance.arrayNode(results.length);
        for (JsonNode result : results) {
            outputs.add(result);
        }
        run.complete(Completion.of(outputs));
    }

    private EventDetails iterationDetails(String key, int index) {
        return EventDetails.of(key).number("index", index).text("name", map.name()).build();
    }

    private void abortRunning(boolean record) {
        for (Map.Entry<Frame, Integer> iteration : running.entrySet()) {
            iteration.getKey().abort(record);
            if (record && !distributed) {
                run.record(EventTypes.MAP_ITERATION_ABORTED,
                        iterationDetails("mapIterationAbortedEventDetails", iteration.getValue()));
            }
        }
        running.clear();
    }

    @Override
    public void abort(boolean record) {
        if (closed) {
            return;
        }
        closed = true;
        abortRunning(record);
        if (record) {
            if (distributed) {
                run.record(EventTypes.MAP_RUN_ABORTED, null);
            }
            run.record(EventTypes.aborted(map.type()), null);
        }
    }

    @Override
    public ObjectNode snapshot() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("kind", KIND);
        node.set("items", items);
        node.set("selectorInput", selectorInput);
        node.set("settings", settings.snapshot());
        if (mapRunArn != null) {
            node.put("mapRunArn", mapRunArn);
        }
        node.put("next", next);
        node.put("finished", finished);
        node.put("failures", failures);
        ArrayNode done = node.putArray("results");
        for (int i = 0; i < results.length; i++) {
            if (results[i] != null) {
                done.addObject().put("index", i).set("output", results[i]);
            }
        }
        ArrayNode inFlight = node.putArray("running");
        running.forEach((frame, index) -> inFlight.addObject().put("index", index).set("frame", frame.snapshot()));
        return node;
    }

    static MapRun restore(StateRun run, MapState map, JsonNode snapshot) {
        MapRun restored = new MapRun(run, map, (ArrayNode) snapshot.get("items"), snapshot.get("selectorInput"),
                MapSettings.restore(snapshot.get("settings")));
        restored.mapRunArn = snapshot.has("mapRunArn") ? snapshot.get("mapRunArn").textValue() : null;
        restored.next = snapshot.get("next").intValue();
        restored.finished = snapshot.get("finished").intValue();
        restored.failures = snapshot.get("failures").intValue();
        for (JsonNode done : snapshot.get("results")) {
            restored.results[done.get("index").intValue()] = done.get("output");
        }
        return restored;
    }

    /** Rebuilds the iterations in flight from {@link #snapshot()}; they carry on where they were. */
    void resume(JsonNode snapshot) {
        for (JsonNode inFlight : snapshot.get("running")) {
            int index = inFlight.get("index").intValue();
            Frame iteration = distributed ? childExecution() : inlineIteration(0);
            running.put(iteration, index);
            iteration.restore(inFlight.get("frame"));
        }
    }
}
