package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.normalized.ExecutableNormalizedField;
import java.util.List;
import java.util.Map;

/**
 * A published value restricted to what one subscriber selected, under the subscriber's aliases. A field the
 * mutation did not select is null, as AppSync delivers it; {@code __typename} is the value's type.
 */
final class SelectionProjection {

    private SelectionProjection() {
    }

    static JsonNode project(ExecutableNormalizedField field, Object value) {
        if (value instanceof List<?> list) {
            ArrayNode items = Json.DATA.createArrayNode();
            list.forEach(item -> items.add(project(field, item)));
            return items;
        }
        if (!(value instanceof Map<?, ?> map) || field.getChildren().isEmpty()) {
            return Json.DATA.valueToTree(value);
        }
        ObjectNode projected = Json.DATA.createObjectNode();
        for (ExecutableNormalizedField child : field.getChildren()) {
            if (child.getName().equals("__typename")) {
                Object typeName = map.get("__typename");
                projected.put(child.getResultKey(),
                        typeName instanceof String name ? name : child.getObjectTypeNames().iterator().next());
            } else {
                projected.set(child.getResultKey(), project(child, map.get(child.getName())));
            }
        }
        return projected;
    }
}
