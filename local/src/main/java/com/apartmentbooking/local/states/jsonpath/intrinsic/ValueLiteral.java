package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.apartmentbooking.local.states.jsonpath.PathContext;
import com.fasterxml.jackson.databind.JsonNode;

/** A number, {@code true}, {@code false} or {@code null} written in the call. */
record ValueLiteral(JsonNode value) implements Argument {

    @Override
    public JsonNode evaluate(PathContext context) {
        return value;
    }
}
