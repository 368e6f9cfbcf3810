package com.apartmentbooking.local.appsync.vtl;

/** A mapping template that does not parse or fails to evaluate; the message is what AppSync reports. */
public final class TemplateException extends RuntimeException {

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
