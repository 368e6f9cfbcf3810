package com.apartmentbooking.payment.port;

/**
 * The tables could not answer, after the client's own retries. Nothing the request would have
 * written was written, so the provider may safely retry. The message is for the logs: it may name
 * tables that callers must not see.
 */
public final class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
