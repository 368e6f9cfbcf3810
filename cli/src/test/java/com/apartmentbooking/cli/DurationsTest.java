package com.apartmentbooking.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationsTest {

    private final Durations durations = new Durations();

    @Test
    void unitsAreSecondsMinutesHoursDays() {
        assertEquals(90L, durations.convert("90s"));
        assertEquals(900L, durations.convert("15m"));
        assertEquals(7_200L, durations.convert("2h"));
        assertEquals(259_200L, durations.convert("3d"));
    }

    @Test
    void anythingElseIsRefusedNamingTheForms() {
        TypeConversionException refused = assertThrows(TypeConversionException.class, () -> durations.convert("15"));
        assertEquals("'15' is not a duration: use a whole number and a unit, s, m, h or d (90s, 15m, 2h, 3d)",
                refused.getMessage());
        assertThrows(TypeConversionException.class, () -> durations.convert("-5m"));
        assertThrows(TypeConversionException.class, () -> durations.convert("1.5h"));
    }

    @Test
    void formatUsesTheLargestExactUnit() {
        assertEquals("15m", Durations.format(900));
        assertEquals("90s", Durations.format(90));
        assertEquals("1d", Durations.format(86_400));
        assertEquals("0s", Durations.format(0));
    }
}
