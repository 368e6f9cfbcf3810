package com.apartmentbooking.local.events.pattern;

/**
 * An event pattern EventBridge rejects. The message is AWS's full text ("Event pattern is not valid.
 * Reason: ...") so that PutRule and TestEventPattern can answer it verbatim as
 * {@code InvalidEventPatternException}.
 */
public final class InvalidEventPatternException extends RuntimeException {
    private static final String PREFIX = "Event pattern is not valid. Reason: ";

    InvalidEventPatternException(String reason) {
        super(PREFIX + reason);
    }
}
