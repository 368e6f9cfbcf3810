package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** States.ArrayUnique(array): the array without repeated values, each kept where it first appears. */
final class ArrayUniqueFunction implements IntrinsicFunction {

    @Override
    public String name() {
        return "States.ArrayUnique";
    }

    @Override
    public JsonNode apply(Invocation invocation) {
        invocation.requireCount(1);
        ArrayNode unique = JsonNodeFactory.instance.arrayNode();
        for (JsonNode element : invocation.array(0)) {
            if (!contains(unique, element)) {
                unique.add(element);
            }
        }
        return unique;
    }

    private static boolean contains(ArrayNode array, JsonNode value) {
        for (JsonNode element : array) {
            if (JsonEquality.equal(element, value)) {
                return true;
            }
        }
        return false;
    }
}
