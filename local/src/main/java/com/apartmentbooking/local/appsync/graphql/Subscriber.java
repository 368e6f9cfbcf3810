package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.normalized.ExecutableNormalizedField;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One started subscription: its field, the arguments it filters on and what it selected.
 *
 * @param field the subscription field as the subscriber selected it (arguments resolved, children its selection)
 * @param onData receives {@code {"data": {"<field>": ...}}}; must not block
 */
record Subscriber(ExecutableNormalizedField field, Consumer<ObjectNode> onData) {

    /**
     * AppSync's filter: each argument the subscription gives must equal the published field of the same name. An
     * argument given as null asks for changes whose field is null, as on AppSync; only an argument left out (or a
     * variable not provided) filters nothing.
     */
    boolean wants(Map<?, ?> published) {
        for (Map.Entry<String, Object> argument : field.getResolvedArguments().entrySet()) {
            if (!same(argument.getValue(), published.get(argument.getKey()))) {
                return false;
            }
        }
        return true;
    }

    ObjectNode payload(Object published) {
        ObjectNode payload = Json.DATA.createObjectNode();
        payload.putObject("data").set(field.getResultKey(), SelectionProjection.project(field, published));
        return payload;
    }

    private static boolean same(Object wanted, Object published) {
        if (wanted == null || published == null) {
            return wanted == published;
        }
        JsonNode left = Json.DATA.valueToTree(wanted);
        JsonNode right = Json.DATA.valueToTree(published);
        if (left.isNumber() && right.isNumber()) {
            return left.decimalValue().compareTo(right.decimalValue()) == 0;
        }
        return left.equals(right);
    }
}
