package com.apartmentbooking.reservation;

/**
 * The request could not be carried out now; the message, meant for the caller, says what happened
 * and how to try again.
 */
public final class UnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Without a stack trace: this is an answer to the caller, not a fault to debug. */
    public UnavailableException(String message) {
        super(message, null, false, false);
    }
}
