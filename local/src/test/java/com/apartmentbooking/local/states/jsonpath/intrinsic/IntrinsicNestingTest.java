package com.apartmentbooking.local.states.jsonpath.intrinsic;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Calls nested as deep as a 1 MB definition allows are a syntax error of the definition, not a stack overflow of
 * the validator.
 */
class IntrinsicNestingTest {

    private static String nested(int depth) {
        return "States.StringToJson(".repeat(depth) + "$.a" + ")".repeat(depth);
    }

    @Test
    void callsNestedFarTooDeepAreASyntaxError() {
        String message = assertThrows(IntrinsicSyntaxException.class, () -> Intrinsics.checkSyntax(nested(50_000)))
                .getMessage();
        assertTrue(message.startsWith("Intrinsic function calls nested deeper than 100"), message);
    }

    @Test
    void callsNestedAHundredDeepAreAccepted() {
        assertDoesNotThrow(() -> Intrinsics.checkSyntax(nested(100)));
    }
}
