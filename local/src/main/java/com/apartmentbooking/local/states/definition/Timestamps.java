package com.apartmentbooking.local.states.definition;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Timestamps as ASL accepts them: ISO-8601 extended offset date-times such as
 * {@code 2016-03-14T01:59:00Z} (fractions down to nanoseconds allowed, the 'T' and the offset
 * required).
 */
public final class Timestamps {
    private Timestamps() {
    }

    /** The instant the text names, or null when it is not such a timestamp. */
    public static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException notATimestamp) {
            return null;
        }
    }
}
