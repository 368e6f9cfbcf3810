package com.apartmentbooking.model.events;

/**
 * A domain event did not reach the bus: the call failed after the client's own retries, or the bus
 * answered but refused the entry. {@link PublishPolicy} decides which answers count as refused.
 */
public final class EventPublishException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EventPublishException(String message) {
        super(message);
    }

    public EventPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
