package com.apartmentbooking.projector.port;

/** The publish did not (certainly) succeed, so the record must be retried. */
public class StatusPublishException extends RuntimeException {

    public StatusPublishException(String message) {
        super(message);
    }

    public StatusPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
