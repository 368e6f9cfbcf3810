package com.apartmentbooking.reservation.port;

/**
 * A store (a table, the workflow's execution history) could not answer, after the client's own
 * retries. Its message is for the logs: it may name tables or ARNs that callers must not see.
 */
public final class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
