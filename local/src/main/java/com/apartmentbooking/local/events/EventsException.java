package com.apartmentbooking.local.events;

import com.apartmentbooking.local.service.ServiceException;

/** An error EventBridge answers with, thrown by its service layer; {@link EventsProtocol} gives it its wire form. */
public final class EventsException extends ServiceException {

    private static final long serialVersionUID = 1L;

    public EventsException(int status, String code, String message) {
        super(code, message, status);
    }
}
