package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * States.ArrayGetItem(array, index): the element at the index, cut toward zero (1.2 reads index
 * 1). An index outside a non-empty array fails; any index on an empty array gives null, as AWS does.
 */
final class ArrayGetItemFunction implements IntrinsicFunction {

    @Override
    public String name() {
        return "States.ArrayGetItem";
    }

    @Override
    public JsonNode apply(Invocation invocation) {
        invocation.requireCount(2);
        ArrayNode array = invocation.array(0);
        long index = invocation.truncated(1);
        if (array.isEmpty()) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (index < 0 || index >= array.size()) {
            throw invocation.invalid();
        }
        return array.get((int) index);
    }
}
