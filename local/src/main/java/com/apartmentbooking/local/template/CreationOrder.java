package com.apartmentbooking.local.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders resources as CloudFormation creates them: a resource after those named in its DependsOn and those its
 * properties reference (Ref, Fn::GetAtt, ${...} in Fn::Sub); otherwise in template order. A reference to a
 * SAM-generated resource counts as one to the resource that generates it. A cycle fails the load.
 */
final class CreationOrder {

    private CreationOrder() {
    }

    static List<String> of(Map<String, Map<String, Object>> resources, ResourceAttributes attributes) {
        Map<String, Set<String>> dependencies = new LinkedHashMap<>();
        resources.forEach((id, resource) -> {
            Set<String> targets = new LinkedHashSet<>();
            Object dependsOn = resource.get("DependsOn");
            List<Object> named = dependsOn instanceof List<?> ? Values.list(dependsOn, id + ".DependsOn")
                    : dependsOn == null ? List.of() : List.of(dependsOn);
            for (Object target : named) {
                String name = Values.string(target, id + ".DependsOn");
                if (!resources.containsKey(name)) {
                    throw new TemplateException("resource " + id + ": DependsOn names no resource " + name);
                }
                targets.add(name);
            }
            Set<String> referenced = new LinkedHashSet<>();
            collect(resource.get("Properties"), referenced);
            for (String target : referenced) {
                String owner = attributes.owner(target);
                if (owner != null && !owner.equals(id)) {
                    targets.add(owner);
                }
            }
            dependencies.put(id, targets);
        });
        List<String> order = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String id : dependencies.keySet()) {
            visit(id, dependencies, visiting, order);
        }
        return order;
    }

    private static void visit(String id, Map<String, Set<String>> dependencies, Set<String> visiting,
            List<String> order) {
        if (order.contains(id)) {
            return;
        }
        if (!visiting.add(id)) {
            throw new TemplateException("circular dependency between resources: " + String.join(" -> ", visiting)
                    + " -> " + id);
        }
        for (String dependency : dependencies.get(id)) {
            visit(dependency, dependencies, visiting, order);
        }
        visiting.remove(id);
        order.add(id);
    }

    /** Every logical id a value mentions through Ref, Fn::GetAtt or a ${Name} / ${Name.Attribute} of Fn::Sub. */
    private static void collect(Object value, Set<String> referenced) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> {
                if ("Ref".equals(key) && element instanceof String name) {
                    referenced.add(name);
                } else if ("Fn::GetAtt".equals(key) && element instanceof List<?> parts && !parts.isEmpty()) {
                    referenced.add(String.valueOf(parts.get(0)));
                } else if ("Fn::Sub".equals(key)) {
                    subReferences(element, referenced);
                }
                collect(element, referenced);
            });
        } else if (value instanceof List<?> list) {
            list.forEach(element -> collect(element, referenced));
        }
    }

    private static void subReferences(Object argument, Set<String> referenced) {
        Object text = argument instanceof List<?> parts && !parts.isEmpty() ? parts.get(0) : argument;
        Set<?> variables = argument instanceof List<?> parts && parts.size() > 1 && parts.get(1) instanceof Map<?, ?> m
                ? m.keySet() : Set.of();
        if (!(text instanceof String template)) {
            return;
        }
        for (int open = template.indexOf("${"); open >= 0; open = template.indexOf("${", open + 2)) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                return;
            }
            String name = template.substring(open + 2, close).trim();
            if (!name.startsWith("!") && !variables.contains(name)) {
                int dot = name.indexOf('.');
                referenced.add(dot > 0 ? name.substring(0, dot) : name);
            }
        }
    }
}
