package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** States.ArrayContains(array, value): whether an element of the array equals the value as JSON. */
final class ArrayContainsFunction implements IntrinsicFunction {

    @Override
    public String name() {
        return "States.ArrayContains";
    }

    @Override
    public JsonNode apply(Invocation invocation) {
        invocation.requireCount(2);
        ArrayNode array = invocation.array(0);
        JsonNode wanted = invocation.value(1);
        for (JsonNode element : array) {
            if (JsonEquality.equal(element, wanted)) {
                return JsonNodeFactory.instance.booleanNode(true);
            }
        }
        return JsonNodeFactory.instance.booleanNode(false);
    }
}
