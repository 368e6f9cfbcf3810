package com.apartmentbooking.local.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A NoEcho parameter's value stays out of logs: toString masks it, the value itself is intact. */
class ParameterValueTest {

    @Test
    void noEchoMasksTheValueInToStringOnly() {
        ParameterValue secret = new ParameterValue("Secret", "String", "very-secret-value", true);
        assertFalse(secret.toString().contains("very-secret-value"));
        assertEquals("very-secret-value", secret.value());
        assertTrue(new ParameterValue("Stage", "String", "dev", false).toString().contains("value=dev"));
    }
}
