package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * States.JsonMerge(first, second, deep): the fields of both objects, the second winning on
 * shared names. Only the shallow mode exists on AWS, so {@code deep} must be false.
 */
final class JsonMergeFunction implements IntrinsicFunction {

    @Override
    public String name() {
        return "States.JsonMerge";
    }

    @Override
    public JsonNode apply(Invocation invocation) {
        invocation.requireCount(3);
        ObjectNode first = invocation.object(0);
        ObjectNode second = invocation.object(1);
        if (invocation.bool(2)) {
            throw invocation.invalid();
        }
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        merged.setAll(first);
        merged.setAll(second);
        return merged;
    }
}
