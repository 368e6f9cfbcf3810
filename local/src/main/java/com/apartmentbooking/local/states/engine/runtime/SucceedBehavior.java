package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.definition.QueryLanguage;

/** Succeed: ends its graph with its input (after InputPath and OutputPath, or Output). */
final class SucceedBehavior implements StateBehavior {
    @Override
    public void start(StateRun run) {
        boolean jsonPath = run.state().queryLanguage() == QueryLanguage.JSONPATH;
        run.complete(Completion.of(jsonPath ? JsonPathFlow.effectiveInput(run) : run.input()));
    }
}
