package com.apartmentbooking.local.appsync;

/**
 * An {@code AWS::AppSync::FunctionConfiguration}: one step of a pipeline resolver.
 *
 * @param functionId the id a pipeline resolver lists it by
 * @param name the function's name
 * @param dataSourceName its data source
 * @param requestTemplate the request mapping template, or null (a Lambda data source then gets the whole context)
 * @param responseTemplate the response mapping template, or null (the result is passed through)
 */
public record PipelineFunctionDefinition(String functionId, String name, String dataSourceName,
        String requestTemplate, String responseTemplate) {
}
