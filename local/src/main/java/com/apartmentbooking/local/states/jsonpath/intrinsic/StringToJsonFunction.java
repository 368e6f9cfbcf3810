package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** States.StringToJson(string): the JSON value the string holds; a blank string gives null, as on AWS. */
final class StringToJsonFunction implements IntrinsicFunction {

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
            return Json.DATA.readTree(text);
        } catch (JacksonException e) {
            throw invocation.invalid();
        }
    }
}
