package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * States.ArrayRange(first, last, step): first, first + step, ... up to last inclusive. The
 * arguments are cut toward zero, as AWS does; a zero step and results over 1000 items fail. A
 * step pointing away from last gives an empty array.
 */
final class ArrayRangeFunction implements IntrinsicFunction {
    private static final long MAX_ITEMS = 1000;

    @Override
    public String name() {
        return "States.ArrayRange";
    }

    @Override
    public JsonNode apply(Invocation invocation) {
        invocation.requireCount(3);
        long first = invocation.truncated(0);
        long last = invocation.truncated(1);
        long step = invocation.truncated(2);
        if (step == 0) {
            throw invocation.invalid();
        }
        long count = step > 0
                ? (first > last ? 0 : (last - first) / step + 1)
                : (first < last ? 0 : (first - last) / -step + 1);
        if (count > MAX_ITEMS) {
            throw invocation.invalid();
        }
        ArrayNode range = JsonNodeFactory.instance.arrayNode((int) count);
        for (long i = 0; i < count; i++) {
            range.add(Invocation.integer(first + i * step));
        }
        return range;
    }
}
