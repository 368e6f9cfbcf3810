package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.definition.ParallelState;
import com.apartmentbooking.local.states.engine.history.EventTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The branches of one Parallel attempt in progress. Each branch is a frame of its own, with a
 * variable scope that reads the state's; the first branch to fail aborts the others and fails the
 * state.
 */
final class ParallelRun implements Suspension, FrameListener {
    static final String KIND = "parallel";

    private final StateRun run;
    private final ParallelState parallel;
    private final Frame[] frames;
    private final JsonNode[] results;
    private int remaining;
    private boolean closed;

    ParallelRun(StateRun run, ParallelState parallel) {
        this.run = run;
        this.parallel = parallel;
        int count = parallel.branches().size();
        this.frames = new Frame[count];
        this.results = new JsonNode[count];
        this.remaining = count;
    }

    void begin(JsonNode input, long startedEventId) {
        for (int i = 0; i < frames.length; i++) {
            frames[i] = branch(i, startedEventId);
        }
        for (Frame frame : frames) {
            frame.begin(input);
        }
    }

    private Frame branch(int index, long cursor) {
        Frame parent = run.frame();
        return new Frame(parent.runtime(), parallel.branches().get(index), new VariableScope(parent.scope()),
                parent.events(), this, parent.boundary(), cursor);
    }

    @Override
    public void frameSucceeded(Frame frame, JsonNode output) {
        results[indexOf(frame)] = output;
        run.frame().follow(frame.cursor());
        if (--remaining == 0) {
            closed = true;
            ArrayNode outputs = JsonNodeFactory.instance.arrayNode(results.length);
            for (JsonNode result : results) {
                outputs.add(result);
            }
            run.record(EventTypes.PARALLEL_STATE_SUCCEEDED, null);
            run.complete(Completion.of(outputs));
        }
    }

    @Override
    public void frameFailed(Frame frame, String error, String cause) {
        run.frame().follow(frame.cursor());
        closed = true;
        for (Frame sibling : frames) {
            sibling.abort(true);
        }
        run.fail(new StateFailure(error, cause));
    }

    @Override
    public void abort(boolean record) {
        if (closed) {
            return;
        }
        closed = true;
        for (Frame frame : frames) {
            if (frame != null) {
                frame.abort(record);
            }
        }
        if (record) {
            run.record(EventTypes.aborted(parallel.type()), null);
        }
    }

    private int indexOf(Frame frame) {
        for (int i = 0; i < frames.length; i++) {
            if (frames[i] == frame) {
                return i;
            }
        }
        throw new IllegalStateException("Not a branch of this Parallel state");
    }

    @Override
    public ObjectNode snapshot() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("kind", KIND);
        ArrayNode branches = node.putArray("branches");
        for (int i = 0; i < frames.length; i++) {
            ObjectNode branch = branches.addObject();
            if (results[i] != null) {
                branch.set("output", results[i]);
            } else {
                branch.set("frame", frames[i].snapshot());
            }
        }
        return node;
    }

    void restore(JsonNode snapshot) {
        JsonNode branches = snapshot.get("branches");
        for (int i = 0; i < frames.length; i++) {
            JsonNode branch = branches.get(i);
            frames[i] = branch(i, 0);
            if (branch.has("output")) {
                results[i] = branch.get("output");
                remaining--;
            }
        }
        for (int i = 0; i < frames.length; i++) {
            if (results[i] == null) {
                frames[i].restore(branches.get(i).get("frame"));
            }
        }
    }
}
