package com.apartmentbooking.local.states.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a Choice rule counts as a timestamp: a string in ISO-8601 extended offset date-time form, the
 * form AWS names in its timestamp errors. The 'T' and the offset ({@code Z} or {@code +01:00}) are
 * required, so "2012-10-09T19:00:55", "2023-02-24" and "2023-02-24 12:15:56.832957" are not
 * timestamps, as AWS's recorded verdicts show; fractions of a second are allowed.
 */
final class TimestampValues {
    private TimestampValues() {
    }

    /** The instant a JSON value names, or empty when it is not a timestamp string. */
    static Optional<Instant> of(JsonNode value) {
        return value.isTextual() ? parse(value.textValue()) : Optional.empty();
    }

    static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException notATimestamp) {
            return Optional.empty();
        }
    }
}
