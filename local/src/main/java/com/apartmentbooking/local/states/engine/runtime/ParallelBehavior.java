package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.definition.ParallelState;
import com.apartmentbooking.local.states.definition.QueryLanguage;
import com.apartmentbooking.local.states.engine.history.EventTypes;
import com.fasterxml.jackson.databind.JsonNode;

/** Parallel: runs every branch on the same input at once; the result is their outputs in order. */
final class ParallelBehavior implements StateBehavior {
    @Override
    public void start(StateRun run) {
        ParallelState parallel = (ParallelState) run.state();
        JsonNode branchInput = parallel.queryLanguage() == QueryLanguage.JSONPATH
                ? JsonPathFlow.parameters(run, JsonPathFlow.effectiveInput(run))
                : JsonataFlow.arguments(run);
        long started = run.record(EventTypes.PARALLEL_STATE_STARTED, null);
        ParallelRun branches = new ParallelRun(run, parallel);
        run.suspend(branches);
        branches.begin(branchInput, started);
    }

    @Override
    public void resume(StateRun run, JsonNode snapshot) {
        ParallelRun branches = new ParallelRun(run, (ParallelState) run.state());
        run.suspend(branches);
        branches.restore(snapshot);
    }
}
