package com.apartmentbooking.local.states.jsonata;

import com.apartmentbooking.local.states.StatesError;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code States.QueryEvaluationError} failures of JSONata fields, worded as AWS words them
 * ("The JSONata expression '$doesNotExist' specified for the field 'Output' returned nothing
 * (undefined)."). The engine prefixes the "An error occurred while executing the state ..." part.
 * The field is a slash-separated location such as {@code Output/FunctionResult}; without one the
 * "specified for the field" clause is left out.
 */
final class QueryEvaluationErrors {
    private QueryEvaluationErrors() {
    }

    static StatesError undefined(String expression, String field) {
        return error(expression, field, "returned nothing (undefined).");
    }

    /** A function, or anything else that is not JSON, cannot be a field's value. */
    static StatesError unsupportedType(String expression, String field) {
        return error(expression, field, "returned an unsupported result type.");
    }

    /** {@code detail} is the JSONata error, such as "T1006: Attempted to invoke a non-function". */
    static StatesError evaluationFailed(String expression, String field, String detail) {
        return error(expression, field, "threw an error during evaluation. " + detail);
    }

    static StatesError unexpectedType(String expression, String field, JsonataType expected, JsonNode value) {
        return error(expression, field, "returned an unexpected result type. Expected '" + expected.label()
                + "', but was '" + JsonataType.of(value).label() + "' for value: " + value);
    }

    private static StatesError error(String expression, String field, String outcome) {
        String location = field == null ? "" : " specified for the field '" + field + "'";
        return new StatesError(StatesError.QUERY_EVALUATION_ERROR,
                "The JSONata expression '" + expression + "'" + location + " " + outcome);
    }
}
