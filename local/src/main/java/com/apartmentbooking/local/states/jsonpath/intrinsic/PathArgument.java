package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.apartmentbooking.local.states.jsonpath.NoMatchException;
import com.apartmentbooking.local.states.jsonpath.PathContext;
import com.apartmentbooking.local.states.jsonpath.PathExpression;
import com.fasterxml.jackson.databind.JsonNode;

/** A JSONPath argument ({@code $...}, {@code $$...} or {@code $name...}), read at each evaluation. */
record PathArgument(PathExpression path) implements Argument {

    @Override
    public JsonNode evaluate(PathContext context) {
        try {
            return path.select(context);
        } catch (NoMatchException e) {
            throw new IntrinsicFailure("The JsonPath argument for the field '" + path.text()
                    + "' could not be found in the input '" + e.document() + "'");
        }
    }
}
