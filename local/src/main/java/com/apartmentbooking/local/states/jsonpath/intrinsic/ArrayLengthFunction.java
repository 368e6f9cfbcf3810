package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;

/** States.ArrayLength(array): the number of elements. */
final class ArrayLengthFunction implements IntrinsicFunction {

    @Override
    public String name() {
        return "States.ArrayLength";
    }

    @Override
    public JsonNode apply(Invocation invocation) {
        invocation.requireCount(1);
        return Invocation.integer(invocation.array(0).size());
    }
}
