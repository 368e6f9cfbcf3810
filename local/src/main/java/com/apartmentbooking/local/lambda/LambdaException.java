package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.service.ServiceException;

/** An error Lambda answers with, thrown by its service layer; {@link LambdaProtocol} gives it its wire form. */
public final class LambdaException extends ServiceException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public LambdaException(int status, String code, String message) {
        this(status, code, message, null);
    }

    /** @param reason the {@code Reason} member Lambda adds to some errors (why a request was throttled) */
    public LambdaException(int status, String code, String message, String reason) {
        super(code, message, status);
        this.reason = reason;
    }

    /** The error's {@code Reason} member, or null when it has none. */
    public String reason() {
        return reason;
    }
}
