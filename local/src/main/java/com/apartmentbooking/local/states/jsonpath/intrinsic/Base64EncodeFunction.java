package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** States.Base64Encode(string): the Base64 of the string's UTF-8 bytes; at most 10,000 characters in. */
final class Base64EncodeFunction implements IntrinsicFunction {
    private static final int MAX_INPUT_LENGTH = 10_000;

    @Override
    public String name() {
        return "States.Base64Encode";
    }

    @Override
    public JsonNode apply(Invocation invocation) {
        invocation.requireCount(1);
        String text = invocation.string(0);
        if (text.length() > MAX_INPUT_LENGTH) {
            throw invocation.invalid();
        }
        return JsonNodeFactory.instance.textNode(
                Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }
}
