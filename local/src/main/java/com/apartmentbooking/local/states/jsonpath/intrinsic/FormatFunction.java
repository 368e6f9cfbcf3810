package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * States.Format(template, values...): each {@code {}} of the template takes the next value.
 * The template and the values must match one for one; a brace that is not part of a {@code {}}
 * pair must be escaped ({@code \{}, {@code \}}).
 */
final class FormatFunction implements IntrinsicFunction {

    @Override
    public String name() {
        return "States.Format";
    }

    @Override
    public JsonNode apply(Invocation invocation) {
        if (invocation.count() < 1) {
            throw invocation.invalid();
        }
        String template = template(invocation);
        StringBuilder result = new StringBuilder(template.length());
        int next = 1;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\\' && i + 1 < template.length() && StringLiteral.isEscapable(template.charAt(i + 1))) {
                i++;
                result.append(template.charAt(i));
            } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                if (next >= invocation.count()) {
                    throw invocation.invalid();
                }
                result.append(text(invocation.value(next++)));
                i++;
            } else if (c == '{' || c == '}') {
                throw invocation.invalid();
            } else {
                result.append(c);
            }
        }
        if (next != invocation.count()) {
            throw invocation.invalid();
        }
        return JsonNodeFactory.instance.textNode(result.toString());
    }

    // A literal template is read with its escapes still in place so that "\{}" stays a brace;
    // a template taken from a path is the string as it is.
    private static String template(Invocation invocation) {
        if (invocation.arguments().get(0) instanceof StringLiteral literal) {
            return literal.raw();
        }
        return invocation.string(0);
    }

    // Strings go in as they are, everything else as its JSON text (null as "null").
    private static String text(JsonNode value) {
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
