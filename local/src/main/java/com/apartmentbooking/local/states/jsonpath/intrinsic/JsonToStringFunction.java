package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** States.JsonToString(value): the value's compact JSON text. */
final class JsonToStringFunction implements IntrinsicFunction {

    @Override
    public String name() {
        return "States.JsonToString";
    }

    @Override
    public JsonNode apply(Invocation invocation) {
        invocation.requireCount(1);
        return JsonNodeFactory.instance.textNode(invocation.value(0).toString());
    }
}
