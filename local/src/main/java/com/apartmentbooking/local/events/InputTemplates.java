package com.apartmentbooking.local.events;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills an InputTransformer's template with AWS's rules. In a template that is JSON (once its placeholders are
 * values), a placeholder outside quotes becomes the value as JSON: EventBridge adds the quotes of a string, and a
 * missing value is {@code null}. Inside quotes, and anywhere in a template that is not JSON, a placeholder
 * becomes the value's text: a string as it is (EventBridge does not escape it), an object or array without its
 * quotes ({@code Detail is {key1: value1}}), a missing value nothing.
 */
final class InputTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("<([A-Za-z0-9_.\\-]+)>");

    private InputTemplates() {
    }

    /** The template with its placeholders filled from {@code values}; a placeholder with no entry is left as written. */
    static String render(String template, Map<String, JsonNode> values) {
        boolean json = isJson(template, values);
        StringBuilder out = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(template);
        int last = 0;
        boolean inString = false;
        while (matcher.find()) {
            inString = inString ^ unescapedQuotes(template, last, matcher.start()) % 2 == 1;
            out.append(template, last, matcher.start());
            last = matcher.end();
            String name = matcher.group(1);
            if (!values.containsKey(name)) {
                out.append(matcher.group());
                continue;
            }
            JsonNode value = values.get(name);
            if (json && !inString) {
                out.append(value == null ? "null" : value.toString());
            } else {
                out.append(text(value));
            }
        }
        out.append(template, last, template.length());
        return out.toString();
    }

    private static boolean isJson(String template, Map<String, JsonNode> values) {
        StringBuilder probe = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(template);
        int last = 0;
        boolean inString = false;
        while (matcher.find()) {
            inString = inString ^ unescapedQuotes(template, last, matcher.start()) % 2 == 1;
            probe.append(template, last, matcher.start());
            last = matcher.end();
            boolean known = values.containsKey(matcher.group(1));
            probe.append(!known ? matcher.group() : inString ? "" : "null");
        }
        probe.append(template, last, template.length());
        try {
            Json.DATA.readTree(probe.toString());
            return probe.toString().strip().startsWith("{") || probe.toString().strip().startsWith("[")
                    || probe.toString().strip().startsWith("\"");
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static int unescapedQuotes(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '"') {
                count++;
            }
        }
        return count;
    }

    private static String text(JsonNode value) {
        if (value == null) {
            return "";
        }
        return value.isTextual() ? value.textValue() : value.toString().replace("\"", "");
    }
}
