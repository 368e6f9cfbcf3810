package com.apartmentbooking.local.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates CloudFormation's intrinsic functions and condition functions over a parsed template value: Ref
 * (parameters, pseudo parameters, resources), Fn::GetAtt, Fn::Sub (both forms), Fn::Join, Fn::Select,
 * Fn::Split, Fn::If, Fn::FindInMap, Fn::Base64 and Fn::Equals / Not / And / Or / Condition. AWS::NoValue
 * removes the key or list element it stands in, as CloudFormation does.
 */
final class Intrinsics {

    /** Marks a value that AWS::NoValue removed; never leaves this class. */
    private static final Object NO_VALUE = new Object();

    private final StackSettings settings;
    private final Map<String, ParameterValue> parameters;
    private final Map<String, Object> conditionDeclarations;
    private final Map<String, Boolean> conditionValues = new LinkedHashMap<>();
    private final Set<String> conditionsInProgress = new HashSet<>();
    private final Map<String, Object> mappings;
    private ResourceAttributes resources;

    Intrinsics(StackSettings settings, Map<String, ParameterValue> parameters, Map<String, Object> conditions,
            Map<String, Object> mappings) {
        this.settings = settings;
        this.parameters = parameters;
        this.conditionDeclarations = conditions;
        this.mappings = mappings;
    }

    /** Resources are named after conditions are known, so they join once the resource table exists. */
    void attach(ResourceAttributes attributes) {
        this.resources = attributes;
    }

    /** The value with every intrinsic evaluated; null when the whole value was AWS::NoValue. */
    Object resolve(Object value, String where) {
        Object result = evaluate(value, where);
        return result == NO_VALUE ? null : result;
    }

    String resolveString(Object value, String where) {
        return Values.string(resolve(value, where), where);
    }

    boolean condition(String name) {
        Boolean known = conditionValues.get(name);
        if (known != null) {
            return known;
        }
        if (!conditionDeclarations.containsKey(name)) {
            throw new TemplateException("condition " + name + " is not declared in Conditions");
        }
        if (!conditionsInProgress.add(name)) {
            throw new TemplateException("condition " + name + " refers to itself");
        }
        boolean value = truth(conditionDeclarations.get(name), "condition " + name);
        conditionsInProgress.remove(name);
        conditionValues.put(name, value);
        return value;
    }

    private Object evaluate(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> node = Values.map(map, where);
            if (node.size() == 1) {
                Map.Entry<String, Object> only = node.entrySet().iterator().next();
                if (only.getKey().equals("Ref") || only.getKey().startsWith("Fn::")) {
                    return function(only.getKey(), only.getValue(), where);
                }
            }
            Map<String, Object> result = new LinkedHashMap<>();
            node.forEach((key, element) -> {
                Object resolved = evaluate(element, where + "." + key);
                if (resolved != NO_VALUE) {
                    result.put(key, resolved);
                }
            });
            return result;
        }
        if (value instanceof List<?> list) {
            List<Object> result = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Object resolved = evaluate(list.get(i), where + "[" + i + "]");
                if (resolved != NO_VALUE) {
                    result.add(resolved);
                }
            }
            return result;
        }
        return value;
    }

    private Object function(String name, Object argument, String where) {
        String at = where + ": " + name;
        switch (name) {
            case "Ref":
                return ref(Values.string(argument, at), at);
            case "Fn::GetAtt": {
                List<Object> parts = Values.list(argument, at);
                if (parts.size() != 2) {
                    throw new TemplateException(at + " takes [resource, attribute]");
                }
                return resources.getAtt(Values.string(parts.get(0), at),
                        Values.string(evaluate(parts.get(1), at), at), at);
            }
            case "Fn::Sub":
                return sub(argument, at);
            case "Fn::Join": {
                List<Object> parts = Values.list(argument, at);
                if (parts.size() != 2) {
                    throw new TemplateException(at + " takes [delimiter, list]");
                }
                String delimiter = Values.string(parts.get(0), at);
                List<String> items = new ArrayList<>();
                for (Object item : Values.list(evaluate(parts.get(1), at), at)) {
                    items.add(Values.string(item, at));
                }
                return String.join(delimiter, items);
            }
            case "Fn::Select": {
                List<Object> parts = Values.list(argument, at);
                if (parts.size() != 2) {
                    throw new TemplateException(at + " takes [index, list]");
                }
                int index = Integer.parseInt(Values.string(evaluate(parts.get(0), at), at));
                List<Object> items = Values.list(evaluate(parts.get(1), at), at);
                if (index < 0 || index >= items.size()) {
                    throw new TemplateException(at + ": index " + index + " is outside a list of " + items.size());
                }
                return items.get(index);
            }
            case "Fn::Split": {
                List<Object> parts = Values.list(argument, at);
                if (parts.size() != 2) {
                    throw new TemplateException(at + " takes [delimiter, string]");
                }
                String delimiter = Values.string(parts.get(0), at);
                String text = Values.string(evaluate(parts.get(1), at), at);
                List<Object> items = new ArrayList<>();
                int start = 0;
                for (int found = text.indexOf(delimiter); found >= 0; found = text.indexOf(delimiter, start)) {
                    items.add(text.substring(start, found));
                    start = found + delimiter.length();
                }
                items.add(text.substring(start));
                return items;
            }
            case "Fn::If": {
                List<Object> parts = Values.list(argument, at);
                if (parts.size() != 3) {
                    throw new TemplateException(at + " takes [condition, value if true, value if false]");
                }
                boolean chosen = condition(Values.string(parts.get(0), at));
                return evaluate(parts.get(chosen ? 1 : 2), at);
            }
            case "Fn::FindInMap": {
                List<Object> parts = Values.list(argument, at);
                if (parts.size() != 3) {
                    throw new TemplateException(at + " takes [map, top-level key, second-level key]");
                }
                String map = Values.string(evaluate(parts.get(0), at), at);
                String top = Values.string(evaluate(parts.get(1), at), at);
                String second = Values.string(evaluate(parts.get(2), at), at);
                Object found = Values.map(Values.map(mappings.get(map), at + " " + map).get(top), at + " " + top)
                        .get(second);
                if (found == null) {
                    throw new TemplateException(at + ": Mappings has no " + map + "." + top + "." + second);
                }
                return found;
            }
            case "Fn::Base64":
                return Base64.getEncoder().encodeToString(
                        Values.string(evaluate(argument, at), at).getBytes(StandardCharsets.UTF_8));
            default:
                throw new TemplateException(at + " is not supported by the local runtime");
        }
    }

    private Object ref(String target, String where) {
        switch (target) {
            case "AWS::Region":
                return settings.region();
            case "AWS::AccountId":
                return settings.accountId();
            case "AWS::Partition":
                return "aws";
            case "AWS::StackName":
                return settings.stackName();
            case "AWS::StackId":
                return "arn:aws:cloudformation:" + settings.region() + ":" + settings.accountId() + ":stack/"
                        + settings.stackName() + "/local";
            case "AWS::URLSuffix":
                return "amazonaws.com";
            case "AWS::NotificationARNs":
                return List.of();
            case "AWS::NoValue":
                return NO_VALUE;
            default:
                break;
        }
        ParameterValue parameter = parameters.get(target);
        if (parameter != null) {
            return parameter.value();
        }
        return resources.ref(target, where);
    }

    /** Fn::Sub: "${Name}" is a variable, a parameter or a resource's Ref; "${Res.Attr}" a GetAtt; "${!x}" is literal. */
    private String sub(Object argument, String where) {
        String text;
        Map<String, Object> variables;
        if (argument instanceof List<?> parts) {
            if (parts.size() != 2) {
                throw new TemplateException(where + " takes a string or [string, variables]");
            }
            text = Values.string(parts.get(0), where);
            variables = Values.map(parts.get(1), where);
        } else {
            text = Values.string(argument, where);
            variables = Map.of();
        }
        StringBuilder result = new StringBuilder();
        int position = 0;
        while (true) {
            int open = text.indexOf("${", position);
            if (open < 0) {
                result.append(text, position, text.length());
                return result.toString();
            }
            int close = text.indexOf('}', open);
            if (close < 0) {
                throw new TemplateException(where + ": unclosed ${ in '" + text + "'");
            }
            result.append(text, position, open);
            String name = text.substring(open + 2, close).trim();
            if (name.startsWith("!")) {
                result.append("${").append(name.substring(1)).append('}');
            } else if (variables.containsKey(name)) {
                result.append(Values.string(evaluate(variables.get(name), where + " ${" + name + "}"), where));
            } else {
                int dot = name.indexOf('.');
                Object value = dot > 0 && !name.startsWith("AWS::")
                        ? resources.getAtt(name.substring(0, dot), name.substring(dot + 1), where)
                        : ref(name, where);
                result.append(Values.string(value, where + " ${" + name + "}"));
            }
            position = close + 1;
        }
    }

    private boolean truth(Object expression, String where) {
        Map<String, Object> node = Values.map(expression, where);
        if (node.size() != 1) {
            throw new TemplateException(where + ": a condition is one of Fn::Equals, Fn::Not, Fn::And, Fn::Or, Condition");
        }
        Map.Entry<String, Object> only = node.entrySet().iterator().next();
        String at = where + ": " + only.getKey();
        switch (only.getKey()) {
            case "Fn::Equals": {
                List<Object> parts = Values.list(only.getValue(), at);
                if (parts.size() != 2) {
                    throw new TemplateException(at + " takes two values");
                }
                Object left = evaluate(parts.get(0), at);
                Object right = evaluate(parts.get(1), at);
                return comparable(left).equals(comparable(right));
            }
            case "Fn::Not": {
                List<Object> parts = Values.list(only.getValue(), at);
                if (parts.size() != 1) {
                    throw new TemplateException(at + " takes one condition");
                }
                return !truth(parts.get(0), at);
            }
            case "Fn::And":
            case "Fn::Or": {
                List<Object> parts = Values.list(only.getValue(), at);
                if (parts.size() < 2 || parts.size() > 10) {
                    throw new TemplateException(at + " takes 2 to 10 conditions");
                }
                boolean and = only.getKey().equals("Fn::And");
                for (Object part : parts) {
                    if (truth(part, at) != and) {
                        return !and;
                    }
                }
                return and;
            }
            case "Condition":
                return condition(Values.string(only.getValue(), at));
            default:
                throw new TemplateException(at + " is not a condition function");
        }
    }

    /** Fn::Equals compares as CloudFormation does: 0 and "0" are equal, lists element by element. */
    private static Object comparable(Object value) {
        if (value instanceof List<?> list) {
            List<String> strings = new ArrayList<>();
            list.forEach(item -> strings.add(String.valueOf(item)));
            return strings;
        }
        return String.valueOf(value);
    }
}
