package com.apartmentbooking.local.appsync.graphql;

/**
 * A request AppSync answers before any GraphQL runs, as {@code {"errors":[{"errorType":..,"message":..}]}} with
 * an HTTP status: an empty or unparseable body, an unknown API.
 */
public final class RequestRefusal extends RuntimeException {

    private final int status;
    private final String errorType;

    public RequestRefusal(int status, String errorType, String message) {
        super(message, null, false, false);
        this.status = status;
        this.errorType = errorType;
    }

    public int status() {
        return status;
    }

    public String errorType() {
        return errorType;
    }

    static RequestRefusal malformed(String message) {
        return new RequestRefusal(400, "MalformedHttpRequestException", message);
    }
}
