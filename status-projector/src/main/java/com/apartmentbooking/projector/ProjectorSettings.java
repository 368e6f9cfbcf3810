package com.apartmentbooking.projector;

import java.net.URI;
import java.util.function.UnaryOperator;

/** What the Lambda environment (infra/template.yaml) tells the projector. */
record ProjectorSettings(String apartmentsTable, String bookingsTable, URI graphqlUrl, String region) {

    static ProjectorSettings from(UnaryOperator<String> environment) {
        return new ProjectorSettings(
                required(environment, "APARTMENTS_TABLE"),
                required(environment, "BOOKINGS_TABLE"),
                URI.create(required(environment, "APPSYNC_GRAPHQL_URL")),
                required(environment, "AWS_REGION"));
    }

    private static String required(UnaryOperator<String> environment, String name) {
        String value = environment.apply(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Environment variable " + name + " is not set");
        }
        return value;
    }
}
