package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** States.StringToJson(string): the JSON value the string holds; a blank string gives null, as on AWS. */
final class StringToJsonFunction implements IntrinsicFunction {
    // Text after the first value is an error rather than silently ignored.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public String name() {
        return "States.StringToJson";
    }

    @Override
    public JsonNode apply(Invocation invocation) {
        invocation.requireCount(1);
        String text = invocation.string(0);
        if (text.isBlank()) {
            return JsonNodeFactory.instance.nullNode();
        }
        try {
            return MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw invocation.invalid();
        }
    }
}
