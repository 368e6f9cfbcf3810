package com.apartmentbooking.local.states.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Evaluates the JSONata fields of a state (Arguments, Output, Assign, Items, Condition, Seconds, ...).
 * A string that is exactly {@code "{% expression %}"} is an expression; every other value is a
 * literal, and objects and arrays are walked so that expressions nested at any depth are evaluated.
 * A string with anything outside the delimiters, even a space, stays a literal, as on AWS.
 *
 * <p>Failures are {@code States.QueryEvaluationError}s naming the expression and the field: the
 * caller gives the field's name ({@code "Output"}), and nested values add their key or index
 * ({@code "Output/FunctionResult"}).
 */
public final class JsonataTemplates {
    private static final String OPEN = "{%";
    private static final String CLOSE = "%}";
    private static final String CONDITION = "Condition";

    private JsonataTemplates() {
    }

    public static boolean isExpression(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return false;
        }
        String text = node.textValue();
        return text.length() >= OPEN.length() + CLOSE.length() && text.startsWith(OPEN) && text.endsWith(CLOSE);
    }

    /** The expression inside the delimiters, trimmed, as AWS quotes it in errors. */
    static String expressionOf(JsonNode expression) {
        String text = expression.textValue();
        return text.substring(OPEN.length(), text.length() - CLOSE.length()).trim();
    }

    /** Evaluates a template whose field is not named in errors. */
    public static JsonNode evaluate(JsonNode template, JsonataScope scope) {
        return evaluate(template, scope, null);
    }

    /** Evaluates a template; literal parts are returned as they are, not copied. */
    public static JsonNode evaluate(JsonNode template, JsonataScope scope, String field) {
        if (isExpression(template)) {
            return ExpressionEvaluation.evaluate(expressionOf(template), scope, field);
        }
        if (template.isObject()) {
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> member : template.properties()) {
                result.set(member.getKey(), evaluate(member.getValue(), scope, inner(field, member.getKey())));
            }
            return result;
        }
        if (template.isArray()) {
            ArrayNode result = JsonNodeFactory.instance.arrayNode(template.size());
            for (int index = 0; index < template.size(); index++) {
                result.add(evaluate(template.get(index), scope, inner(field, Integer.toString(index))));
            }
            return result;
        }
        return template;
    }

    /**
     * Evaluates a template whose value must have one JSON type, such as Items (an array). A wrong type
     * fails as AWS reports it: "returned an unexpected result type. Expected 'array', but was
     * 'boolean' for value: true".
     */
    public static JsonNode evaluate(JsonNode template, JsonataScope scope, String field, JsonataType expected) {
        JsonNode value = evaluate(template, scope, field);
        if (JsonataType.of(value) != expected) {
            String expression = isExpression(template) ? expressionOf(template) : template.toString();
            throw QueryEvaluationErrors.unexpectedType(expression, field, expected, value);
        }
        return value;
    }

    /** The Condition of a JSONata Choice rule: a boolean literal or an expression giving one. */
    public static boolean evaluateCondition(JsonNode condition, JsonataScope scope) {
        return evaluate(condition, scope, CONDITION, JsonataType.BOOLEAN).booleanValue();
    }

    /** Evaluates an expression given without its delimiters; its field is not named in errors. */
    public static JsonNode evaluateExpression(String expression, JsonataScope scope) {
        return evaluateExpression(expression, scope, null);
    }

    public static JsonNode evaluateExpression(String expression, JsonataScope scope, String field) {
        return ExpressionEvaluation.evaluate(expression.trim(), scope, field);
    }

    private static String inner(String field, String key) {
        return field == null ? key : field + "/" + key;
    }
}
