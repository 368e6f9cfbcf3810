package com.apartmentbooking.local.events;

/**
 * Why a target did not take an event, in the terms of EventBridge's dead-letter attributes.
 *
 * @see TargetErrors
 */
final class DeliveryFailure extends RuntimeException {

    private final String errorCode;
    private final boolean retryable;

    DeliveryFailure(String errorCode, String message, boolean retryable) {
        super(message, null, false, false);
        this.errorCode = errorCode;
        this.retryable = retryable;
    }

    /** The ERROR_CODE attribute: NO_RESOURCE, THROTTLING, ... */
    String errorCode() {
        return errorCode;
    }

    /** Whether EventBridge tries again: yes for throttling and a failing or unreachable target, no for a missing or refusing one. */
    boolean retryable() {
        return retryable;
    }
}
