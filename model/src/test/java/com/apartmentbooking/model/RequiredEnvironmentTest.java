package com.apartmentbooking.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.model.settings.RequiredEnvironment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequiredEnvironmentTest {

    @Test
    void readsSetVariables() {
        RequiredEnvironment environment = new RequiredEnvironment(Map.of("TABLE", "Bookings"));

        assertEquals("Bookings", environment.value("TABLE"));
        assertDoesNotThrow(environment::throwIfMissing);
    }

    @Test
    void namesEveryUnsetOrBlankVariableInReadingOrder() {
        RequiredEnvironment environment = new RequiredEnvironment(Map.of("BLANK", " ", "SET", "x"));
        environment.value("UNSET");
        environment.value("SET");
        environment.value("BLANK");

        IllegalStateException failure = assertThrows(IllegalStateException.class, environment::throwIfMissing);

        assertEquals("missing environment variable(s): UNSET, BLANK", failure.getMessage());
    }
}
