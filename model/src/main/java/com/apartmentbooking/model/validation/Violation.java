package com.apartmentbooking.model.validation;

/** One problem with one input field, phrased for the caller. */
public record Violation(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
