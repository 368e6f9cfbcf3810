package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.definition.PassState;
import com.apartmentbooking.local.states.definition.QueryLanguage;
import com.fasterxml.jackson.databind.JsonNode;

/** Pass: its result is its Result, else its input after InputPath and Parameters (JSONPath). */
final class PassBehavior implements StateBehavior {
    @Override
    public void start(StateRun run) {
        PassState pass = (PassState) run.state();
        if (pass.queryLanguage() == QueryLanguage.JSONATA) {
            run.complete(Completion.of(run.input()));
            return;
        }
        JsonNode result = pass.result() != null ? pass.result()
                : JsonPathFlow.parameters(run, JsonPathFlow.effectiveInput(run));
        run.complete(Completion.of(result));
    }
}
