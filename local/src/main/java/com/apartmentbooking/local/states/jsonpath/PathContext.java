package com.apartmentbooking.local.states.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * What a JSONPath expression can read: the state's (effective) input for {@code $}, the context
 * object for {@code $$} and the variables for {@code $name}.
 */
public record PathContext(JsonNode input, JsonNode context, Variables variables) {

    public PathContext {
        // A Java null would make every path fail with a NullPointerException instead of AWS's
        // "no results" failure, so absent parts are replaced by the JSON values they stand for.
        input = input == null ? JsonNodeFactory.instance.nullNode() : input;
        context = context == null ? JsonNodeFactory.instance.objectNode() : context;
        variables = variables == null ? Variables.NONE : variables;
    }

    /** A context holding only an input, for paths that never reach {@code $$} or variables. */
    public static PathContext of(JsonNode input) {
        return new PathContext(input, null, null);
    }

    /** The same context and variables with another input, as a state moves from step to step. */
    public PathContext withInput(JsonNode newInput) {
        return new PathContext(newInput, context, variables);
    }
}
