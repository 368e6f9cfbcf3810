package com.apartmentbooking.local.appsync.auth;

/**
 * A request AppSync refuses before running it: an unknown or expired API key, a bad signature, a missing
 * authorization. Written by the endpoints as {@code {"errors":[{"errorType":..,"message":..}]}} with the status.
 */
public final class AuthRejection extends RuntimeException {

    private final int status;
    private final String errorType;

    public AuthRejection(int status, String errorType, String message) {
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
}
