package com.apartmentbooking.local.states.jsonpath;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.jsonpath.intrinsic.Intrinsics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Payload templates of the JSONPath query language: Parameters, ResultSelector, ItemSelector and
 * the JSONPath form of Assign. A field whose name ends in {@code .$} takes the value of its path
 * or intrinsic function call and loses the suffix; every other value is copied as written.
 */
public final class PayloadTemplates {
    private static final String DYNAMIC_SUFFIX = ".$";

    private PayloadTemplates() {
    }

    /** The payload {@code template} describes, read against {@code context}. */
    public static JsonNode evaluate(JsonNode template, PathContext context) {
        if (template.isObject()) {
            ObjectNode payload = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : template.properties()) {
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (name.endsWith(DYNAMIC_SUFFIX)) {
                    payload.set(name.substring(0, name.length() - DYNAMIC_SUFFIX.length()),
                            evaluateDynamic(name, value, context));
                } else {
                    payload.set(name, evaluate(value, context));
                }
            }
            return payload;
        }
        if (template.isArray()) {
            ArrayNode payload = JsonNodeFactory.instance.arrayNode(template.size());
            for (JsonNode element : template) {
                payload.add(evaluate(element, context));
            }
            return payload;
        }
        return template;
    }

    private static JsonNode evaluateDynamic(String fieldName, JsonNode value, PathContext context) {
        if (!value.isTextual()) {
            throw new StatesError(StatesError.RUNTIME, "The value for the field '" + fieldName
                    + "' must be a valid JSONPath or a valid intrinsic function call");
        }
        return evaluateExpression(value.textValue(), context, fieldName);
    }

    /**
     * A single path ({@code $...}, {@code $$...}, {@code $name...}) or intrinsic function call
     * ({@code States.Format(...)}) as found in a {@code .$} field or in ErrorPath/CausePath.
     * A path that selects nothing fails with States.Runtime and AWS's text naming
     * {@code fieldName}: {@code The JSONPath '$.x' specified for the field 'x.$' could not be
     * found in the input '{...}'}; an intrinsic failure carries the intrinsic's own text.
     */
    public static JsonNode evaluateExpression(String expression, PathContext context, String fieldName) {
        if (expression.startsWith("$")) {
            return JsonPaths.readField(expression, context, fieldName);
        }
        return Intrinsics.evaluate(expression, context);
    }
}
