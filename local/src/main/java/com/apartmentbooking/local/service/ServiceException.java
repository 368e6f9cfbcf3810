package com.apartmentbooking.local.service;

/**
 * An error an AWS service answers with, as the service itself speaks it: the error code AWS names (what goes after
 * the '#' of {@code __type}, or a full {@code prefix#Code} where AWS uses another namespace), AWS's message and the
 * HTTP status class AWS gives it. Each service throws its own subclass from its service layer; only its protocol
 * adapter turns it into the wire form, and another service that calls it through its interface sees the code as
 * the wire would show it (Step Functions names {@code DynamoDB.ConditionalCheckFailedException} from it).
 */
public abstract class ServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final int status;

    protected ServiceException(String code, String message, int status) {
        // No stack trace capture: these are expected answers to bad requests, thrown on hot paths.
        super(message, null, false, false);
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }
}
