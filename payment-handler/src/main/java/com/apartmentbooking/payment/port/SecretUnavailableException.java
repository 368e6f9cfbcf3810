package com.apartmentbooking.payment.port;

/**
 * The webhook's signing secret could not be read. The message names the secret and the reason, never a value;
 * nothing was recorded, so the provider may safely retry.
 */
public final class SecretUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SecretUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
