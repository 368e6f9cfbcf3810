package com.apartmentbooking.projector;

import com.apartmentbooking.projector.aws.AwsWiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectorSettingsTest {
    private static final Map<String, String> COMPLETE = Map.of(
            "APARTMENTS_TABLE", "Apartments",
            "BOOKINGS_TABLE", "Bookings",
            "APPSYNC_GRAPHQL_URL", "https://example.appsync-api.us-east-1.amazonaws.com/graphql",
            "AWS_REGION", "us-east-1");

    @Test
    void readsEverySetting() {
        ProjectorSettings settings = ProjectorSettings.fromEnvironment(COMPLETE);

        assertEquals(new ProjectorSettings("Apartments", "Bookings",
                URI.create("https://example.appsync-api.us-east-1.amazonaws.com/graphql"), "us-east-1"), settings);
    }

    @ParameterizedTest
    @ValueSource(strings = {"APARTMENTS_TABLE", "BOOKINGS_TABLE", "APPSYNC_GRAPHQL_URL", "AWS_REGION"})
    void aMissingVariableIsNamed(String name) {
        Map<String, String> environment = new HashMap<>(COMPLETE);
        environment.remove(name);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ProjectorSettings.fromEnvironment(environment));
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }

    @Test
    void everyMissingVariableIsNamedAtOnce() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ProjectorSettings.fromEnvironment(Map.of("BOOKINGS_TABLE", "Bookings")));

        assertEquals("missing environment variable(s): APARTMENTS_TABLE, APPSYNC_GRAPHQL_URL, AWS_REGION",
                e.getMessage());
    }

    @Test
    void theWiringBuildsFromACompleteEnvironmentWithoutCallingAws() {
        assertTrue(AwsWiring.projectionService(ProjectorSettings.fromEnvironment(COMPLETE))
                instanceof ProjectionService);
    }
}
