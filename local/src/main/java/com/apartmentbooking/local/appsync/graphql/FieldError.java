package com.apartmentbooking.local.appsync.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;

/**
 * An error of one field in AppSync's terms: its {@code errorType}, the {@code data} and {@code errorInfo} a template
 * attached, at the field's path and location.
 */
record FieldError(String message, String errorType, Object data, Object errorInfo, List<Object> fieldPath,
        List<SourceLocation> fieldLocations) implements GraphQLError {

    static FieldError at(DataFetchingEnvironment environment, String message, String errorType, Object data,
            Object errorInfo) {
        return new FieldError(message, errorType, data, errorInfo, environment.getExecutionStepInfo().getPath().toList(),
                List.of(environment.getField().getSourceLocation()));
    }

    static FieldError unauthorized(DataFetchingEnvironment environment) {
        return at(environment, "Not Authorized to access " + environment.getField().getName() + " on type "
                + environment.getExecutionStepInfo().getObjectType().getName(), "Unauthorized", null, null);
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return fieldLocations;
    }

    @Override
    public List<Object> getPath() {
        return fieldPath;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorClassification.errorClassification(errorType);
    }
}
