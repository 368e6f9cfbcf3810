package com.apartmentbooking.local.events.pattern;

/**
 * An event TestEventPattern refuses before looking at the pattern: AWS answers it as
 * {@code ValidationException} with a fixed text that does not say what is wrong.
 */
public final class InvalidEventException extends RuntimeException {
    InvalidEventException() {
        super("Parameter Event is not valid.");
    }
}
