package com.apartmentbooking.local.template;

/** A template the local runtime cannot start from; the message names the parameter, resource or intrinsic at fault. */
public final class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
