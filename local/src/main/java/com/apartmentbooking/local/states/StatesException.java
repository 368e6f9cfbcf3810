package com.apartmentbooking.local.states;

import com.apartmentbooking.local.service.ServiceException;

/** An error Step Functions answers with, thrown by its service layer; {@link StatesProtocol} gives it its wire form. */
public final class StatesException extends ServiceException {

    private static final long serialVersionUID = 1L;

    public StatesException(int status, String code, String message) {
        super(code, message, status);
    }
}
