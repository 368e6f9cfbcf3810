package com.apartmentbooking.local.appsync;

/**
 * A request AppSync refuses before any GraphQL runs: an unknown or expired API key, a bad signature, no
 * authorization, an empty or unparseable body, an unknown API. The endpoints write it as
 * {@code {"errors":[{"errorType":..,"message":..}]}} with its HTTP status.
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

    /** A body AppSync cannot read as a GraphQL request. */
    public static RequestRefusal malformed(String message) {
        return new RequestRefusal(400, "MalformedHttpRequestException", message);
    }
}
