package com.apartmentbooking.local.appsync;

import java.util.List;

/**
 * A resolver attached to one field.
 *
 * @param typeName the parent type, e.g. {@code Mutation}
 * @param fieldName the field
 * @param kind {@code UNIT} or {@code PIPELINE}
 * @param dataSourceName a UNIT resolver's data source, else null
 * @param pipelineFunctionIds a PIPELINE resolver's functions, in order, else empty
 * @param requestTemplate the request mapping template (the "before" template of a pipeline), or null
 * @param responseTemplate the response mapping template (the "after" template of a pipeline), or null
 */
public record ResolverDefinition(String typeName, String fieldName, String kind, String dataSourceName,
        List<String> pipelineFunctionIds, String requestTemplate, String responseTemplate) {

    public ResolverDefinition {
        pipelineFunctionIds = List.copyOf(pipelineFunctionIds);
    }
}
