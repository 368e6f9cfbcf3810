package com.apartmentbooking.local.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the template's Parameters against the caller's overrides as CloudFormation does at deploy time:
 * an override wins, else the Default; a parameter with neither, an override naming no parameter, or a value
 * outside AllowedValues / MinLength / MaxLength / MinValue / MaxValue fails the load.
 */
final class Parameters {

    private Parameters() {
    }

    static Map<String, ParameterValue> resolve(Map<String, Object> declarations, Map<String, String> overrides) {
        for (String name : overrides.keySet()) {
            if (!declarations.containsKey(name)) {
                throw new TemplateException("parameter override " + name + " names no parameter of the template");
            }
        }
        Map<String, ParameterValue> result = new LinkedHashMap<>();
        declarations.forEach((name, rawDeclaration) -> {
            Map<String, Object> declaration = Values.map(rawDeclaration, "Parameters." + name);
            String where = "parameter " + name;
            String type = Values.optionalString(declaration, "Type", where);
            if (type == null) {
                throw new TemplateException(where + " has no Type");
            }
            String text = overrides.containsKey(name) ? overrides.get(name)
                    : Values.optionalString(declaration, "Default", where);
            if (text == null) {
                throw new TemplateException(where + " has no Default and no value was given for it");
            }
            boolean noEcho = Boolean.parseBoolean(String.valueOf(declaration.getOrDefault("NoEcho", "false")));
            check(name, declaration, type, text, noEcho);
            result.put(name, new ParameterValue(name, type, typed(type, text), noEcho));
        });
        return Values.orderedCopy(result);
    }

    /** List types are lists when referenced (a !Join or !Select takes them); every other type is a string. */
    private static Object typed(String type, String text) {
        if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
            List<String> items = new ArrayList<>();
            for (String item : text.split(",", -1)) {
                items.add(item.trim());
            }
            return List.copyOf(items);
        }
        return text;
    }

    private static void check(String name, Map<String, Object> declaration, String type, String text,
            boolean noEcho) {
        String where = "parameter " + name;
        // Secrets are not echoed in messages either.
        String shown = noEcho ? "(hidden)" : "'" + text + "'";
        if (declaration.containsKey("AllowedValues")
                && !Values.strings(declaration.get("AllowedValues"), where + ".AllowedValues").contains(text)) {
            throw new TemplateException(where + ": value " + shown + " is not one of its AllowedValues");
        }
        Integer minLength = Values.optionalInt(declaration, "MinLength", where);
        if (minLength != null && text.length() < minLength) {
            throw new TemplateException(where + ": value " + shown + " is shorter than MinLength " + minLength);
        }
        Integer maxLength = Values.optionalInt(declaration, "MaxLength", where);
        if (maxLength != null && text.length() > maxLength) {
            throw new TemplateException(where + ": value " + shown + " is longer than MaxLength " + maxLength);
        }
        if (type.equals("Number")) {
            double number;
            try {
                number = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new TemplateException(where + ": value " + shown + " is not a Number", e);
            }
            String min = Values.optionalString(declaration, "MinValue", where);
            if (min != null && number < Double.parseDouble(min)) {
                throw new TemplateException(where + ": value " + shown + " is below MinValue " + min);
            }
            String max = Values.optionalString(declaration, "MaxValue", where);
            if (max != null && number > Double.parseDouble(max)) {
                throw new TemplateException(where + ": value " + shown + " is above MaxValue " + max);
            }
        }
    }
}
