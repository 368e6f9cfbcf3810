package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;

/** One of the 18 States.* intrinsic functions. */
interface IntrinsicFunction {

    /** The name as written in a definition, e.g. {@code States.ArrayRange}. */
    String name();

    /**
     * The function's result for one call; an argument it rejects raises
     * {@code Invalid arguments in <name>}.
     */
    JsonNode apply(Invocation invocation);
}
