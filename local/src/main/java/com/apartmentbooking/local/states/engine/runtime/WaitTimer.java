package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.engine.history.EventTypes;
import com.apartmentbooking.local.clock.Timer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** A Wait state waiting for its due time; {@code result} is what it completes with. */
final class WaitTimer implements Suspension {
    static final String KIND = "wait";

    private final StateRun run;
    private final Instant due;
    private final JsonNode result;
    private Timer timer;

    WaitTimer(StateRun run, Instant due, JsonNode result) {
        this.run = run;
        this.due = due;
        this.result = result;
    }

    void arm(Runnable onDue) {
        timer = run.runtime().services().scheduler().schedule(due, onDue);
    }

    @Override
    public void abort(boolean record) {
        timer.cancel();
        if (record) {
            run.record(EventTypes.aborted(run.state().type()), null);
        }
    }

    @Override
    public ObjectNode snapshot() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("kind", KIND);
        node.put("due", due.toString());
        node.set("result", result);
        return node;
    }
}
