package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** States.Array(values...): the values, in order, as an array. */
final class ArrayFunction implements IntrinsicFunction {

    @Override
    public String name() {
        return "States.Array";
    }

    @Override
    public JsonNode apply(Invocation invocation) {
        return JsonNodeFactory.instance.arrayNode(invocation.count()).addAll(invocation.values());
    }
}
