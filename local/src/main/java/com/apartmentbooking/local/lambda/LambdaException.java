package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.service.ServiceException;

/** An error Lambda answers with, thrown by its service layer; {@link LambdaProtocol} gives it its wire form. */
public final class LambdaException extends ServiceException {

    private static final long serialVersionUID = 1L;

    public LambdaException(int status, String code, String message) {
        super(code, message, status);
    }
}
