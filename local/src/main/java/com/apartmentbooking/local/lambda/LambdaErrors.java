package com.apartmentbooking.local.lambda;

/** The errors Lambda's API answers with, under its codes and texts. */
final class LambdaErrors {

    private LambdaErrors() {
    }

    static LambdaException functionNotFound(String arn) {
        return new LambdaException(404, "ResourceNotFoundException", "Function not found: " + arn);
    }

    static LambdaException tooManyRequests() {
        return new LambdaException(429, "TooManyRequestsException", "Rate Exceeded.",
                "ConcurrentInvocationLimitExceeded");
    }

    static LambdaException invalidJson(String parserMessage) {
        return new LambdaException(400, "InvalidRequestContentException",
                "Could not parse request body into json: Could not parse payload into json: " + parserMessage);
    }

    static LambdaException syncRequestTooLarge() {
        return new LambdaException(413, "RequestEntityTooLargeException",
                "Request must be smaller than " + PayloadLimits.SYNC_REQUEST_BYTES
                        + " bytes for the InvokeFunction operation");
    }

    static LambdaException asyncRequestTooLarge(int size) {
        return new LambdaException(413, "RequestEntityTooLargeException", size
                + " byte payload is too large for the Event invocation type (limit "
                + PayloadLimits.ASYNC_REQUEST_BYTES + " bytes)");
    }

    static LambdaException validation(String value, String member, String constraint) {
        return new LambdaException(400, "ValidationException", "1 validation error detected: Value '" + value
                + "' at '" + member + "' failed to satisfy constraint: " + constraint);
    }

    static LambdaException invalidParameter(String message) {
        return new LambdaException(400, "InvalidParameterValueException", message);
    }

    static LambdaException serviceUnavailable() {
        return new LambdaException(503, "ServiceException", "The runtime is shutting down.");
    }

    static LambdaException unknownOperation() {
        return new LambdaException(404, "UnknownOperationException", null);
    }

    static LambdaException requestTooLarge(int limit) {
        return new LambdaException(413, "RequestEntityTooLargeException",
                "Request must be smaller than " + limit + " bytes for the operation");
    }

    static LambdaException invalidRequestContent(String parserMessage) {
        return new LambdaException(400, "InvalidRequestContentException",
                "Could not parse request body into json: " + parserMessage);
    }

    static LambdaException conflict(String message) {
        return new LambdaException(409, "ResourceConflictException", message);
    }

    static LambdaException resourceNotFound(String message) {
        return new LambdaException(404, "ResourceNotFoundException", message);
    }
}
