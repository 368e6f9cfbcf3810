package com.apartmentbooking.reservation;

/**
 * The request contradicts an earlier one, as a client token reused for a different booking does;
 * the message is meant for the caller.
 */
public final class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Without a stack trace: this is an answer to the caller, not a fault to debug. */
    public ConflictException(String message) {
        super(message, null, false, false);
    }
}
