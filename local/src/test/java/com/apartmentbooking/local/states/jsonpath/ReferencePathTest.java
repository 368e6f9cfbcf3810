package com.apartmentbooking.local.states.jsonpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferencePathTest {

    @Test
    void dollarHasNoSegments() {
        assertTrue(ReferencePath.of("$").segments().isEmpty());
    }

    @Test
    void namesAndIndexesInEveryNotation() {
        assertEquals(List.of(
                        new ReferencePath.Segment("a", -1),
                        new ReferencePath.Segment("b c", -1),
                        new ReferencePath.Segment(null, 3),
                        new ReferencePath.Segment("d.e", -1),
                        new ReferencePath.Segment("f-g", -1)),
                ReferencePath.of("$.a['b c'][3][\"d.e\"].f-g").segments());
    }

    @Test
    void onlyReferencePathsAreAccepted() {
        for (String path : new String[] {"", "a", "$$.x", "$.", "$..a", "$.a[*]", "$.a[?(@.b)]", "$.a[1:2]",
                "$.a[-1]", "$.a[0,1]", "$['a", "$[1", "$x"}) {
            assertThrows(IllegalArgumentException.class, () -> ReferencePath.of(path), path);
        }
    }
}
