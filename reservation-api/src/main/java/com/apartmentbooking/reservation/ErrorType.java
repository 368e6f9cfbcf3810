package com.apartmentbooking.reservation;

/** The GraphQL {@code errorType} of a failed field, as the response mapping template passes it on. */
public enum ErrorType {
    VALIDATION_ERROR("ValidationError"),
    NOT_FOUND("NotFound"),
    CONFLICT("Conflict"),
    UNAVAILABLE("Unavailable"),
    UNKNOWN_FIELD("UnknownField");

    private final String wireName;

    ErrorType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
