package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.apartmentbooking.local.states.jsonpath.PathContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A single-quoted string. The characters {@code ' { } \} are escaped with a backslash; the raw
 * text keeps the escapes because States.Format reads {@code \{} as a brace, not a placeholder.
 */
record StringLiteral(String raw) implements Argument {

    /** True for the characters a backslash escapes in a string literal. */
    static boolean isEscapable(char c) {
        return c == '\'' || c == '{' || c == '}' || c == '\\';
    }

    /** The string with its escapes resolved; a backslash before any other character stays. */
    public String value() {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder value = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() && isEscapable(raw.charAt(i + 1))) {
                i++;
                value.append(raw.charAt(i));
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    @Override
    public JsonNode evaluate(PathContext context) {
        return JsonNodeFactory.instance.textNode(value());
    }
}
