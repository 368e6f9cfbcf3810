package com.apartmentbooking.local.appsync;

/**
 * A data source of an API. Only {@code AWS_LAMBDA} and {@code NONE} are served.
 *
 * @param name the data source's name
 * @param type {@code AWS_LAMBDA} or {@code NONE}
 * @param lambdaFunctionArn the function (with alias or version) an AWS_LAMBDA data source invokes, else null
 * @param serviceRoleArn the role AppSync assumes, or null
 * @param description the description, or null
 */
public record DataSourceDefinition(String name, String type, String lambdaFunctionArn, String serviceRoleArn,
        String description) {
}
