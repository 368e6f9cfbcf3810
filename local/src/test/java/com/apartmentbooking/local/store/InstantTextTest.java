package com.apartmentbooking.local.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stored instants read back as {@link Instant#parse} reads them, and text it refuses is refused the same way. */
class InstantTextTest {

    @Test
    void whatInstantWritesReadsBackToTheSameInstant() {
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < 100_000; i++) {
            // Every precision Instant.toString writes: whole seconds, milli, micro and nano fractions.
            long nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000L;
                case 2 -> random.nextInt(1_000_000) * 1_000L;
                default -> random.nextInt(1_000_000_000);
            };
            Instant written = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L), nanos);
            assertEquals(written, InstantText.parse(written.toString()), written.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01T00:00:00Z", "2024-02-29T23:59:59.999999999Z", "2026-12-07T10:15:30.1Z",
            "2026-12-07T10:15:30.12Z", "2026-12-07T10:15:30.1234Z", "0000-01-01T00:00:00Z",
            "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z", "2026-06-30T23:59:60Z", "2026-12-07T10:15:30.Z",
            "2026-12-07T24:00:00Z"})
    void otherValidFormsReadAsInstantParseReadsThem(String text) {
        assertEquals(Instant.parse(text), InstantText.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-12-07", "2026-12-07T10:15:30", "2026-12-07T10:15:30.1234567890Z",
            "2026-02-29T10:15:30Z", "2026-04-31T10:15:30Z", "2026-13-01T10:15:30Z", "2026-00-10T10:15:30Z", "2026-12-00T10:15:30Z", "2026-12-07T24:00:01Z", "2026-12-07T10:60:00Z",
            "2026-12-07T10:15:61Z", "2026-1a-07T10:15:30Z", "2026-12-07T-1:15:30Z", "2026-12-07T10:15:30.-1Z",
            "2026-12-07 10:15:30Z", "2026-12-07T10:15:30+01:00x"})
    void textInstantParseRefusesIsRefused(String text) {
        assertThrows(DateTimeException.class, () -> Instant.parse(text));
        assertThrows(DateTimeException.class, () -> InstantText.parse(text));
    }
}
