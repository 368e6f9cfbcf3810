package com.apartmentbooking.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The input rules every entry point shares (DESIGN §3, issue #2): identifiers and the payment
 * window. Checks add to a list so a caller learns every problem of a request at once.
 */
public final class InputRules {
    public static final int MAX_ID_LENGTH = 64;
    public static final int MIN_PAYMENT_WINDOW_SECONDS = 10;
    public static final int MAX_PAYMENT_WINDOW_SECONDS = 86_400;
    public static final int DEFAULT_PAYMENT_WINDOW_SECONDS = 900;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_ID_LENGTH + "}");

    private final List<Violation> violations = new ArrayList<>();

    /** Requires an identifier: 1 to 64 characters of {@code [A-Za-z0-9_-]}. */
    public InputRules id(String field, Object value) {
        if (value == null) {
            violations.add(new Violation(field, "is required"));
        } else if (!(value instanceof String text)) {
            violations.add(new Violation(field, "must be a string"));
        } else if (!ID.matcher(text).matches()) {
            violations.add(new Violation(field,
                    "must be 1 to " + MAX_ID_LENGTH + " characters of letters, digits, '_' or '-'"));
        }
        return this;
    }

    /** Accepts an absent identifier; checks it like {@link #id} when present. */
    public InputRules optionalId(String field, Object value) {
        return value == null ? this : id(field, value);
    }

    /** Accepts an absent window (the default applies); otherwise an integer in [10, 86400]. */
    public InputRules paymentWindowSeconds(String field, Object value) {
        if (value == null) {
            return this;
        }
        if (!(value instanceof Integer || value instanceof Long || value instanceof Short)) {
            violations.add(new Violation(field, "must be an integer"));
            return this;
        }
        long seconds = ((Number) value).longValue();
        if (seconds < MIN_PAYMENT_WINDOW_SECONDS || seconds > MAX_PAYMENT_WINDOW_SECONDS) {
            violations.add(new Violation(field, "must be between " + MIN_PAYMENT_WINDOW_SECONDS + " and "
                    + MAX_PAYMENT_WINDOW_SECONDS + " seconds"));
        }
        return this;
    }

    /** Records a problem found by a check specific to one caller. */
    public InputRules violation(String field, String message) {
        violations.add(new Violation(field, message));
        return this;
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** Throws {@link ValidationException} listing every violation, if there is any. */
    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** The window to use: the given one, or the default when absent. Call after validation. */
    public static int paymentWindowOrDefault(Object value) {
        return value == null ? DEFAULT_PAYMENT_WINDOW_SECONDS : ((Number) value).intValue();
    }
}
