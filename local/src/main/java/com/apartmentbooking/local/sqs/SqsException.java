package com.apartmentbooking.local.sqs;

import com.apartmentbooking.local.service.ServiceException;

/** An error SQS answers with, thrown by its service layer; {@link SqsProtocol} gives it its wire form. */
public final class SqsException extends ServiceException {

    private static final long serialVersionUID = 1L;

    public SqsException(int status, String code, String message) {
        super(code, message, status);
    }
}
