package com.apartmentbooking.local.states.jsonata;

import com.apartmentbooking.local.states.jsonpath.Variables;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a JSONata expression of a state can see: the members of {@code $states} and the ASL variables
 * (as {@code $name}). A null member is one the evaluated field has no access to, and then
 * {@code $states} lacks that key: AWS offers {@code $states.result} only to the Output and Assign of
 * a Task, Map or Parallel state once the result exists, and {@code $states.errorOutput} only inside a
 * Catch. A JSON null member is a {@link com.fasterxml.jackson.databind.node.NullNode}, not a Java null.
 *
 * @param input       {@code $states.input}, the state's raw input
 * @param result      {@code $states.result}, or null where unavailable
 * @param errorOutput {@code $states.errorOutput}, or null where unavailable
 * @param context     {@code $states.context}, the context object, or null where there is none
 * @param variables   the variables in scope, or null for none
 */
public record JsonataScope(JsonNode input, JsonNode result, JsonNode errorOutput, JsonNode context,
                           Variables variables) {

    /** The scope of a field that sees only the input, the context object and the variables. */
    public static JsonataScope of(JsonNode input, JsonNode context, Variables variables) {
        return new JsonataScope(input, null, null, context, variables);
    }

    public JsonataScope withResult(JsonNode newResult) {
        return new JsonataScope(input, newResult, errorOutput, context, variables);
    }

    public JsonataScope withErrorOutput(JsonNode newErrorOutput) {
        return new JsonataScope(input, result, newErrorOutput, context, variables);
    }
}
