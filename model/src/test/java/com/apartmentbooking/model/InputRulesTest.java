package com.apartmentbooking.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.model.validation.InputRules;
import com.apartmentbooking.model.validation.ValidationException;
import com.apartmentbooking.model.validation.Violation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class InputRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "apt-1", "A_b-9", "x234567890123456789012345678901234567890123456789012345678901234"})
    void acceptsIdsOfOneToSixtyFourAllowedCharacters(String id) {
        assertTrue(new InputRules().id("apartmentId", id).violations().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "apt 1", "apt/1", "ápt", "x2345678901234567890123456789012345678901234567890123456789012345"})
    void rejectsIdsOutsideTheAlphabetOrLength(String id) {
        List<Violation> violations = new InputRules().id("apartmentId", id).violations();
        assertEquals(List.of(new Violation("apartmentId",
                "must be 1 to 64 characters of letters, digits, '_' or '-'")), violations);
    }

    @Test
    void aMissingIdIsRequiredAndANonStringIsNamed() {
        assertEquals(List.of(new Violation("customerId", "is required")),
                new InputRules().id("customerId", null).violations());
        assertEquals(List.of(new Violation("customerId", "must be a string")),
                new InputRules().id("customerId", 42).violations());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 900, 86_400})
    void acceptsPaymentWindowsInsideTheBounds(int seconds) {
        assertTrue(new InputRules().paymentWindowSeconds("w", seconds).violations().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 9, 86_401})
    void rejectsPaymentWindowsOutsideTheBounds(int seconds) {
        assertEquals(List.of(new Violation("w", "must be between 10 and 86400 seconds")),
                new InputRules().paymentWindowSeconds("w", seconds).violations());
    }

    @Test
    void aFractionalWindowIsNotAnInteger() {
        assertEquals(List.of(new Violation("w", "must be an integer")),
                new InputRules().paymentWindowSeconds("w", 12.5).violations());
    }

    @Test
    void anAbsentWindowTakesTheDefault() {
        assertTrue(new InputRules().paymentWindowSeconds("w", null).violations().isEmpty());
        assertEquals(900, InputRules.paymentWindowOrDefault(null));
        assertEquals(60, InputRules.paymentWindowOrDefault(60));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InputRules rules = new InputRules()
                .id("apartmentId", "")
                .id("customerId", null)
                .optionalId("clientToken", "bad token")
                .paymentWindowSeconds("paymentWindowSeconds", 5);

        ValidationException error = assertThrows(ValidationException.class, rules::throwIfInvalid);

        assertEquals(4, error.violations().size());
        assertEquals("apartmentId: must be 1 to 64 characters of letters, digits, '_' or '-'; "
                + "customerId: is required; "
                + "clientToken: must be 1 to 64 characters of letters, digits, '_' or '-'; "
                + "paymentWindowSeconds: must be between 10 and 86400 seconds", error.getMessage());
    }

    @Test
    void validInputThrowsNothingAndHasNoViolations() {
        InputRules rules = new InputRules()
                .id("apartmentId", "apt-1")
                .optionalId("clientToken", null)
                .paymentWindowSeconds("paymentWindowSeconds", 900);

        assertDoesNotThrow(rules::throwIfInvalid);
        assertEquals(List.of(), rules.violations());
    }
}
