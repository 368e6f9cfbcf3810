package com.apartmentbooking.payment;

/**
 * A store or the bus could not do its part right now (after the SDK's own retries). Nothing this
 * request would have written was written, so the provider may safely retry: the handler answers 503.
 */
public final class TransientFailureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TransientFailureException(String message, Throwable cause) {
        super(message, cause);
    }

    public TransientFailureException(String message) {
        super(message);
    }
}
