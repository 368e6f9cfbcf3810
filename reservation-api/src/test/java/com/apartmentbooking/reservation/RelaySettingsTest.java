package com.apartmentbooking.reservation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RelaySettingsTest {

    @Test
    void readsEveryVariable() {
        assertEquals(new RelaySettings("booking", "eu-west-1"),
                RelaySettings.fromEnvironment(Map.of("EVENT_BUS_NAME", "booking", "AWS_REGION", "eu-west-1")));
    }

    @Test
    void namesEveryMissingVariable() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> RelaySettings.fromEnvironment(Map.of()));

        assertEquals("missing environment variable(s): EVENT_BUS_NAME, AWS_REGION", failure.getMessage());
    }

    @Test
    void lambdasConstructorNamesTheMissingEnvironment() {
        assumeTrue(System.getenv("EVENT_BUS_NAME") == null, "the build environment sets EVENT_BUS_NAME");

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                DynamoDbStreamPublishBookingRequestedHandler::new);

        assertTrue(failure.getMessage().contains("EVENT_BUS_NAME"), failure.getMessage());
    }
}
