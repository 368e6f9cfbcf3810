package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.definition.ChoiceBranch;
import com.apartmentbooking.local.states.definition.ChoiceState;
import com.apartmentbooking.local.states.definition.QueryLanguage;
import com.apartmentbooking.local.states.jsonata.JsonataScope;
import com.apartmentbooking.local.states.jsonata.JsonataTemplates;
import com.apartmentbooking.local.states.jsonpath.PathContext;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Choice: the first branch whose rule (JSONPath) or Condition (JSONata) holds decides the next
 * state and brings its Assign and Output; else the Default with the state's own; else
 * States.NoChoiceMatched.
 */
final class ChoiceBehavior implements StateBehavior {
    @Override
    public void start(StateRun run) {
        ChoiceState choice = (ChoiceState) run.state();
        JsonNode value;
        ChoiceBranch matched = null;
        if (choice.queryLanguage() == QueryLanguage.JSONPATH) {
            value = JsonPathFlow.effectiveInput(run);
            PathContext context = run.pathContext(value);
            for (ChoiceBranch branch : choice.choices()) {
                if (branch.rule().matches(context)) {
                    matched = branch;
                    break;
                }
            }
        } else {
            value = run.input();
            JsonataScope scope = JsonataFlow.scope(run);
            for (ChoiceBranch branch : choice.choices()) {
                if (JsonataTemplates.evaluateCondition(branch.condition(), scope)) {
                    matched = branch;
                    break;
                }
            }
        }
        if (matched != null) {
            run.complete(Completion.choice(value, matched.next(), matched.assign(), matched.output()));
        } else if (choice.defaultNext() != null) {
            run.complete(Completion.choice(value, choice.defaultNext(), choice.io().assign(), choice.io().output()));
        } else {
            throw new StatesError(StatesError.NO_CHOICE_MATCHED, "No Choice Rule matched and no Default is set.");
        }
    }
}
