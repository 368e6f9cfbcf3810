package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.apartmentbooking.local.states.jsonpath.PathContext;
import com.fasterxml.jackson.databind.JsonNode;

/** An argument of an intrinsic function call: a literal, a path or another call. */
sealed interface Argument permits StringLiteral, ValueLiteral, PathArgument, FunctionCall {

    /** The argument's value for one evaluation. */
    JsonNode evaluate(PathContext context);
}
