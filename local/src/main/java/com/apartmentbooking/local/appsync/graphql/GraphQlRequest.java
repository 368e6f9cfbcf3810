package com.apartmentbooking.local.appsync.graphql;

import java.util.Map;

/**
 * One GraphQL request: {@code {query, variables, operationName}}.
 *
 * @param query the document
 * @param variables the variables (empty when none were sent)
 * @param operationName the operation to run, or null
 */
public record GraphQlRequest(String query, Map<String, Object> variables, String operationName) {

    public GraphQlRequest {
        variables = variables == null ? Map.of() : variables;
    }

    public static GraphQlRequest of(String query) {
        return new GraphQlRequest(query, Map.of(), null);
    }
}
