package com.apartmentbooking.reservation;

/** An apartment or booking the request names does not exist; the message, meant for the caller, says which. */
public final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Without a stack trace: this is an answer to the caller, not a fault to debug. */
    public NotFoundException(String message) {
        super(message, null, false, false);
    }
}
