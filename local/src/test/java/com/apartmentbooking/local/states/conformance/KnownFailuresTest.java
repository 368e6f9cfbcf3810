package com.apartmentbooking.local.states.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnownFailuresTest {

    @Test
    void readsIdAndReasonSkippingCommentsAndBlankLines() {
        KnownFailures known = KnownFailures.parse(List.of(
                "# header",
                "",
                "base__test_a   status: expected SUCCEEDED but was FAILED",
                "  scenarios__test_b\thistory differs  ",
                "scenarios__test_c"));
        assertEquals(Optional.of("status: expected SUCCEEDED but was FAILED"), known.reason("base__test_a"));
        assertEquals(Optional.of("history differs"), known.reason("scenarios__test_b"));
        assertEquals(Optional.of("no reason given"), known.reason("scenarios__test_c"));
        assertTrue(known.reason("base__test_d").isEmpty());
        assertEquals(List.of("base__test_a", "scenarios__test_b", "scenarios__test_c"),
                List.copyOf(known.entries().keySet()));
    }

    @Test
    void aCaseListedTwiceIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> KnownFailures.parse(List.of("a x", "a y")));
    }

    @Test
    void renderedFailuresReadBackSortedAndOnOneLineEach() {
        List<String> lines = KnownFailures.render(Map.of("z__case", "cause:\n  two lines", "a__case", "first"));
        KnownFailures known = KnownFailures.parse(lines);
        assertEquals(List.of("a__case", "z__case"), List.copyOf(known.entries().keySet()));
        assertEquals(Optional.of("cause: two lines"), known.reason("z__case"));
        assertTrue(lines.get(0).startsWith("#"));
    }
}
