package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.UUID;

/** States.UUID(): a random version 4 UUID. */
final class UuidFunction implements IntrinsicFunction {

    @Override
    public String name() {
        return "States.UUID";
    }

    @Override
    public JsonNode apply(Invocation invocation) {
        invocation.requireCount(0);
        return JsonNodeFactory.instance.textNode(UUID.randomUUID().toString());
    }
}
