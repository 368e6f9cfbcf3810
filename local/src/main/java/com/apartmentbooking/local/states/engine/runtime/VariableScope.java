package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.jsonpath.Variables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The variables one graph run sees. The machine has a scope; each Parallel branch and inline Map
 * iteration has its own whose lookups fall back to the enclosing one, which it cannot change: what
 * a branch assigns stays in the branch. A distributed Map's iterations are child executions and
 * start from an empty scope.
 */
final class VariableScope implements Variables {
    private final VariableScope parent;
    private Map<String, JsonNode> own;

    VariableScope(VariableScope parent) {
        this.parent = parent;
    }

    @Override
    public Optional<JsonNode> lookup(String name) {
        for (VariableScope scope = this; scope != null; scope = scope.parent) {
            if (scope.own != null) {
                JsonNode value = scope.own.get(name);
                if (value != null) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    /** Sets the variables a state assigned; values computed from the old ones are applied together. */
    void assign(Map<String, JsonNode> values) {
        if (values.isEmpty()) {
            return;
        }
        if (own == null) {
            own = new HashMap<>();
        }
        own.putAll(values);
    }

    ObjectNode snapshot() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (own != null) {
            own.forEach(node::set);
        }
        return node;
    }

    void restore(JsonNode snapshot) {
        if (snapshot == null || snapshot.isEmpty()) {
            return;
        }
        own = new HashMap<>();
        for (Map.Entry<String, JsonNode> field : snapshot.properties()) {
            own.put(field.getKey(), field.getValue());
        }
    }
}
