package com.apartmentbooking.reservation;

import com.apartmentbooking.model.validation.ValidationException;

/** A failure the caller is meant to see: its message is safe to show and its type is the GraphQL errorType. */
public final class ResolverError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorType type;

    /** Without a stack trace: this is an answer to the caller, not a fault to debug. */
    private ResolverError(ErrorType type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    public static ResolverError invalid(ValidationException e) {
        return new ResolverError(ErrorType.VALIDATION_ERROR, e.getMessage());
    }

    public static ResolverError notFound(String message) {
        return new ResolverError(ErrorType.NOT_FOUND, message);
    }

    public static ResolverError conflict(String message) {
        return new ResolverError(ErrorType.CONFLICT, message);
    }

    public static ResolverError unavailable(String message) {
        return new ResolverError(ErrorType.UNAVAILABLE, message);
    }

    public static ResolverError unknownField(String message) {
        return new ResolverError(ErrorType.UNKNOWN_FIELD, message);
    }

    public ErrorType type() {
        return type;
    }
}
