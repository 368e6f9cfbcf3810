package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.definition.StateIo;
import com.apartmentbooking.local.states.jsonpath.JsonPaths;
import com.apartmentbooking.local.states.jsonpath.PayloadTemplates;
import com.apartmentbooking.local.states.jsonpath.ResultPaths;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSONPath data flow of a state: InputPath, Parameters, ResultSelector, Assign, ResultPath
 * and OutputPath, in that order, as the ASL specification describes it.
 */
final class JsonPathFlow {
    private JsonPathFlow() {
    }

    /** The state input after InputPath. */
    static JsonNode effectiveInput(StateRun run) {
        return select(run.io().inputPath(), run, run.input());
    }

    /** The effective input after Parameters, when the state has them. */
    static JsonNode parameters(StateRun run, JsonNode effectiveInput) {
        JsonNode parameters = run.io().parameters();
        return parameters == null ? effectiveInput : PayloadTemplates.evaluate(parameters, run.pathContext(effectiveInput));
    }

    static JsonNode selectResult(StateRun run, JsonNode result) {
        JsonNode selector = run.io().resultSelector();
        return selector == null ? result : PayloadTemplates.evaluate(selector, run.pathContext(result));
    }

    /** The values an Assign block gives, read against {@code value} ({@code $}). */
    static Map<String, JsonNode> assign(StateRun run, JsonNode assign, JsonNode value) {
        return fields(PayloadTemplates.evaluate(assign, run.pathContext(value)));
    }

    /** The state output: the result placed by ResultPath into the raw input, then OutputPath. */
    static JsonNode output(StateRun run, JsonNode result) {
        StateIo io = run.io();
        JsonNode merged = ResultPaths.merge(io.resultPath(), run.input(), result);
        return select(io.outputPath(), run, merged);
    }

    static JsonNode select(String path, StateRun run, JsonNode value) {
        if (StateIo.ROOT.equals(path)) {
            return value;
        }
        return JsonPaths.apply(path, run.pathContext(value));
    }

    static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            values.put(field.getKey(), field.getValue());
        }
        return values;
    }
}
