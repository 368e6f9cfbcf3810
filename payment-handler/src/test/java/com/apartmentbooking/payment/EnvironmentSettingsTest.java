package com.apartmentbooking.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvironmentSettingsTest {

    private static Map<String, String> complete() {
        Map<String, String> environment = new HashMap<>();
        environment.put("APARTMENTS_TABLE", "Apartments");
        environment.put("BOOKINGS_TABLE", "Bookings");
        environment.put("PAYMENTS_TABLE", "Payments");
        environment.put("EVENT_BUS_NAME", "booking");
        environment.put("PAYMENT_WEBHOOK_SECRET", "s3cret");
        return environment;
    }

    @Test
    void readsEveryVariable() {
        assertEquals(new EnvironmentSettings("Apartments", "Bookings", "Payments", "booking", "s3cret"),
                EnvironmentSettings.from(complete()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"APARTMENTS_TABLE", "BOOKINGS_TABLE", "PAYMENTS_TABLE", "EVENT_BUS_NAME",
        "PAYMENT_WEBHOOK_SECRET"})
    void missingOrEmptyVariableIsNamed(String name) {
        Map<String, String> missing = complete();
        missing.remove(name);
        Map<String, String> empty = complete();
        empty.put(name, "");

        assertEquals("environment variable " + name + " is required",
                assertThrows(IllegalStateException.class, () -> EnvironmentSettings.from(missing)).getMessage());
        assertEquals("environment variable " + name + " is required",
                assertThrows(IllegalStateException.class, () -> EnvironmentSettings.from(empty)).getMessage());
    }

    @Test
    void secretIsNotPrinted() {
        assertFalse(EnvironmentSettings.from(complete()).toString().contains("s3cret"));
    }

    @Test
    void lambdaConstructorFailsWithoutConfiguration() {
        assumeTrue(System.getenv("APARTMENTS_TABLE") == null, "the test environment configures no tables");

        IllegalStateException e = assertThrows(IllegalStateException.class, FunctionUrlAcceptPaymentHandler::new);
        assertEquals("environment variable APARTMENTS_TABLE is required", e.getMessage());
    }
}
