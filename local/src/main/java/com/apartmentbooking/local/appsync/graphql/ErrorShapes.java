package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.List;

/**
 * GraphQL errors in AppSync's shape. A field's error: {@code path, data, errorType, errorInfo, locations, message};
 * an error of the request before it ran (syntax, validation, variables): {@code path: null, locations, message};
 * an error of the library while executing (a null in a non-null field, a value an enum does not have):
 * {@code path, locations, message}. Locations carry {@code sourceName: null}.
 */
final class ErrorShapes {

    private ErrorShapes() {
    }

    static ArrayNode of(List<GraphQLError> errors) {
        ArrayNode shaped = Json.DATA.createArrayNode();
        errors.forEach(error -> shaped.add(of(error)));
        return shaped;
    }

    static ObjectNode of(GraphQLError error) {
        ObjectNode shaped = Json.DATA.createObjectNode();
        if (error.getPath() == null || error.getPath().isEmpty()) {
            shaped.putNull("path");
        } else {
            shaped.set("path", Json.DATA.valueToTree(error.getPath()));
        }
        if (error instanceof FieldError field) {
            shaped.set("data", Json.DATA.valueToTree(field.data()));
            shaped.put("errorType", field.errorType());
            shaped.set("errorInfo", Json.DATA.valueToTree(field.errorInfo()));
        }
        shaped.set("locations", locations(error.getLocations()));
        shaped.put("message", LegacyMessages.of(error));
        return shaped;
    }

    private static JsonNode locations(List<SourceLocation> locations) {
        if (locations == null || locations.isEmpty()) {
            return Json.DATA.nullNode();
        }
        ArrayNode shaped = Json.DATA.createArrayNode();
        for (SourceLocation location : locations) {
            shaped.addObject().put("line", location.getLine()).put("column", location.getColumn()).putNull("sourceName");
        }
        return shaped;
    }
}
