package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.RequestRefusal;
import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/**
 * Reads a {@link GraphQlRequest} from a JSON body (or a {@code start}'s {@code data}) with AppSync's refusals:
 * an empty body is "Request body is empty."; anything that is not an object with a non-empty {@code query}
 * string (and, when present, an object of {@code variables} and a string {@code operationName}) is
 * "Unable to parse GraphQL query.". AppSync also takes {@code variables} as a JSON text of an object.
 */
public final class GraphQlRequests {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private GraphQlRequests() {
    }

    public static GraphQlRequest parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw RequestRefusal.malformed("Request body is empty.");
        }
        JsonNode document;
        try {
            document = Json.WIRE.readTree(body);
        } catch (IOException e) {
            throw unparseable();
        }
        if (document == null || !document.isObject() || !document.path("query").isTextual()
                || document.get("query").asText().isBlank()) {
            throw unparseable();
        }
        JsonNode operationName = document.path("operationName");
        if (!operationName.isMissingNode() && !operationName.isNull() && !operationName.isTextual()) {
            throw unparseable();
        }
        return new GraphQlRequest(document.get("query").asText(), variables(document.path("variables")),
                operationName.isTextual() ? operationName.asText() : null);
    }

    /** A GET request's {@code query}, {@code variables} (JSON text) and {@code operationName} parameters. */
    public static GraphQlRequest fromParameters(String query, String variables, String operationName) {
        if (query == null || query.isBlank()) {
            throw unparseable();
        }
        JsonNode variablesNode = variables == null ? Json.DATA.missingNode() : Json.DATA.getNodeFactory().textNode(variables);
        return new GraphQlRequest(query, variables(variablesNode), operationName);
    }

    private static Map<String, Object> variables(JsonNode variables) {
        if (variables.isMissingNode() || variables.isNull()) {
            return Map.of();
        }
        if (variables.isTextual()) {
            try {
                return variables(Json.DATA.readTree(variables.asText()));
            } catch (JsonProcessingException e) {
                throw unparseable();
            }
        }
        if (!variables.isObject()) {
            throw unparseable();
        }
        return Json.DATA.convertValue(variables, MAP);
    }

    private static RequestRefusal unparseable() {
        return RequestRefusal.malformed("Unable to parse GraphQL query.");
    }
}
