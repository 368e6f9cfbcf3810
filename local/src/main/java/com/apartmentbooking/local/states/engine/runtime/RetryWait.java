package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.definition.StateType;
import com.apartmentbooking.local.states.engine.history.EventTypes;
import com.apartmentbooking.local.clock.Timer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** The back-off between a failed attempt and the retry a retrier asked for. */
final class RetryWait implements Suspension {
    static final String KIND = "retry";

    private final StateRun run;
    private final Instant due;
    private Timer timer;

    RetryWait(StateRun run, Instant due) {
        this.run = run;
        this.due = due;
    }

    void arm(Runnable retry) {
        timer = run.runtime().services().scheduler().schedule(due, retry);
    }

    @Override
    public void abort(boolean record) {
        timer.cancel();
        StateType type = run.state().type();
        if (record && (type == StateType.TASK || type == StateType.MAP || type == StateType.PARALLEL)) {
            run.record(EventTypes.aborted(type), null);
        }
    }

    @Override
    public ObjectNode snapshot() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("kind", KIND);
        node.put("due", due.toString());
        return node;
    }
}
