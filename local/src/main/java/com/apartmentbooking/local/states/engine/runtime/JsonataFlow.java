package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.jsonata.JsonataScope;
import com.apartmentbooking.local.states.jsonata.JsonataTemplates;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The JSONata data flow of a state: Arguments on the way in; Assign and Output on the way out,
 * both evaluated against the variables as they were when the state was entered.
 */
final class JsonataFlow {
    private JsonataFlow() {
    }

    /** What the state's expressions see before it has a result: {@code $states.input} and context. */
    static JsonataScope scope(StateRun run) {
        return JsonataScope.of(run.input(), run.context(), run.variables());
    }

    /** The task's or the branches' input: Arguments, or the state input when there are none. */
    static JsonNode arguments(StateRun run) {
        JsonNode arguments = run.io().arguments();
        return arguments == null ? run.input() : JsonataTemplates.evaluate(arguments, scope(run), "Arguments");
    }

    static Map<String, JsonNode> assign(JsonNode assign, JsonataScope scope) {
        JsonNode values = JsonataTemplates.evaluate(assign, scope, "Assign");
        if (!values.isObject()) {
            throw new StatesError(StatesError.QUERY_EVALUATION_ERROR, "The field 'Assign' must be an object");
        }
        return JsonPathFlow.fields(values);
    }

    static JsonNode output(JsonNode template, JsonataScope scope, JsonNode otherwise) {
        return template == null ? otherwise : JsonataTemplates.evaluate(template, scope, "Output");
    }
}
