package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.type.TypeReference;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every step of one field's resolution sees of the request: {@code $ctx.arguments}, {@code source},
 * {@code identity}, {@code request} and {@code info}, as plain JSON values.
 */
record FieldContext(Map<String, Object> arguments, Object source, Map<String, Object> identity,
        Map<String, Object> request, Map<String, Object> info) {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    static FieldContext of(DataFetchingEnvironment environment, RequestScope scope) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("selectionSetList", SelectionSets.list(environment.getMergedField(), environment.getFragmentsByName()));
        info.put("selectionSetGraphQL", SelectionSets.graphQl(environment.getMergedField()));
        info.put("parentTypeName", environment.getExecutionStepInfo().getObjectType().getName());
        info.put("fieldName", environment.getField().getName());
        info.put("variables", scope.variables());
        return new FieldContext(Json.DATA.convertValue(environment.getArguments(), MAP),
                Json.DATA.convertValue(environment.getSource(), Object.class), scope.caller().identity(),
                scope.request(), info);
    }
}
