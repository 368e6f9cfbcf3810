package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.server.AwsServiceException;
import com.fasterxml.jackson.databind.node.TextNode;

/** The errors Lambda's API answers with, under its codes and texts. */
final class LambdaErrors {

    private LambdaErrors() {
    }

    static AwsServiceException functionNotFound(String arn) {
        return new AwsServiceException(404, "ResourceNotFoundException", "Function not found: " + arn);
    }

    static AwsServiceException tooManyRequests() {
        return new AwsServiceException(429, "TooManyRequestsException", "Rate Exceeded.")
                .with("Reason", TextNode.valueOf("ConcurrentInvocationLimitExceeded"));
    }

    static AwsServiceException invalidJson(String parserMessage) {
        return new AwsServiceException(400, "InvalidRequestContentException",
                "Could not parse request body into json: Could not parse payload into json: " + parserMessage);
    }

    static AwsServiceException syncRequestTooLarge() {
        return new AwsServiceException(413, "RequestEntityTooLargeException",
                "Request must be smaller than " + PayloadLimits.SYNC_REQUEST_BYTES
                        + " bytes for the InvokeFunction operation");
    }

    static AwsServiceException asyncRequestTooLarge(int size) {
        return new AwsServiceException(413, "RequestEntityTooLargeException", size
                + " byte payload is too large for the Event invocation type (limit "
                + PayloadLimits.ASYNC_REQUEST_BYTES + " bytes)");
    }

    static AwsServiceException validation(String value, String member, String constraint) {
        return new AwsServiceException(400, "ValidationException", "1 validation error detected: Value '" + value
                + "' at '" + member + "' failed to satisfy constraint: " + constraint);
    }

    static AwsServiceException invalidParameter(String message) {
        return new AwsServiceException(400, "InvalidParameterValueException", message);
    }

    static AwsServiceException serviceUnavailable() {
        return new AwsServiceException(503, "ServiceException", "The runtime is shutting down.");
    }

    static AwsServiceException unknownOperation() {
        return new AwsServiceException(404, "UnknownOperationException", null);
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
