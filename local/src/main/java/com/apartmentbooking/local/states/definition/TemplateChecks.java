package com.apartmentbooking.local.states.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Static checks of JSONPath payload templates (Parameters, ResultSelector, ItemSelector, Assign):
 * a key ending in ".$" must hold a path, a context path, a variable or an intrinsic function call.
 */
final class TemplateChecks {
    private TemplateChecks() {
    }

    static void check(JsonNode template, String location, Problems problems) {
        if (template == null) {
            return;
        }
        if (template.isArray()) {
            for (JsonNode element : template) {
                check(element, location, problems);
            }
            return;
        }
        for (Map.Entry<String, JsonNode> field : template.properties()) {
            if (field.getKey().endsWith(".$") && !field.getValue().isTextual()) {
                problems.schema("The value for the field '" + field.getKey()
                        + "' must be a valid JSONPath or a valid intrinsic function call", location);
            } else if (field.getKey().endsWith(".$")) {
                PathChecks.pathOrIntrinsic(field.getValue().textValue(), field.getKey(), location, problems);
            } else {
                check(field.getValue(), location, problems);
            }
        }
    }
}
