package com.apartmentbooking.local.appsync;

/** AppSync's control-plane errors with AppSync's wording, each worded in one place. */
final class AppSyncErrors {

    private AppSyncErrors() {
    }

    static AppSyncException apiNotFound(String apiId) {
        return notFound("GraphQL API " + apiId + " not found.");
    }

    static AppSyncException dataSourceNotFound(String name) {
        return notFound("No data source found named " + name);
    }

    static AppSyncException resolverNotFound() {
        return notFound("No resolver found.");
    }

    static AppSyncException functionNotFound(String functionId) {
        return notFound("No function found with id " + functionId);
    }

    static AppSyncException apiKeyNotFound(String id) {
        return notFound("API key " + id + " not found.");
    }

    static AppSyncException validityTooShort() {
        return new AppSyncException("ApiKeyValidityOutOfBoundsException",
                "API key must be valid for a minimum of 1 days.", 400);
    }

    static AppSyncException validityTooLong() {
        return new AppSyncException("ApiKeyValidityOutOfBoundsException",
                "API key must be valid for a maximum of 365 days.", 400);
    }

    /** A member that breaks its shape's constraint, in AWS's validation wording. */
    static AppSyncException invalidMember(String value, String member, String constraint) {
        return badRequest("1 validation error detected: Value '" + value + "' at '" + member
                + "' failed to satisfy constraint: " + constraint);
    }

    static AppSyncException invalidNextToken() {
        return badRequest("Invalid pagination token.");
    }

    static AppSyncException badRequest(String message) {
        return new AppSyncException("BadRequestException", message, 400);
    }

    static AppSyncException unknownOperation() {
        return new AppSyncException("UnknownOperationException", null, 404);
    }

    private static AppSyncException notFound(String message) {
        return new AppSyncException("NotFoundException", message, 404);
    }
}
