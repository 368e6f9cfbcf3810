package com.apartmentbooking.reservation.port;

/** The bus answered but did not take the event (a failed entry in an otherwise successful call). */
public final class EventPublishException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EventPublishException(String message) {
        super(message);
    }
}
