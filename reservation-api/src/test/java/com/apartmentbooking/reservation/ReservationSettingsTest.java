package com.apartmentbooking.reservation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.apartmentbooking.reservation.aws.AwsWiring;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReservationSettingsTest {

    private static Map<String, String> complete() {
        Map<String, String> environment = new HashMap<>();
        environment.put("APARTMENTS_TABLE", "Apartments");
        environment.put("BOOKINGS_TABLE", "Bookings");
        environment.put("AWS_REGION", "eu-west-1");
        return environment;
    }

    @Test
    void readsEveryVariable() {
        assertEquals(new ReservationSettings("Apartments", "Bookings", "eu-west-1"),
                ReservationSettings.fromEnvironment(complete()));
    }

    @Test
    void namesEveryMissingVariable() {
        Map<String, String> environment = Map.of("BOOKINGS_TABLE", "Bookings", "AWS_REGION", "eu-west-1");

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> ReservationSettings.fromEnvironment(environment));

        assertEquals("missing environment variable(s): APARTMENTS_TABLE", failure.getMessage());
    }

    @Test
    void lambdasConstructorNamesTheMissingEnvironment() {
        assumeTrue(System.getenv("APARTMENTS_TABLE") == null, "the build environment sets APARTMENTS_TABLE");

        IllegalStateException failure = assertThrows(IllegalStateException.class, AppSyncResolveHandler::new);

        assertTrue(failure.getMessage().contains("APARTMENTS_TABLE"), failure.getMessage());
    }

    @Test
    void theWiringBuildsFromACompleteEnvironmentWithoutCallingAws() {
        assertTrue(AwsWiring.reservationService(ReservationSettings.fromEnvironment(complete()))
                instanceof ReservationService);
    }
}
