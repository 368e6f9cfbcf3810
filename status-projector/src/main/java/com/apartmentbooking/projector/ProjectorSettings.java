package com.apartmentbooking.projector;

import com.apartmentbooking.model.settings.RequiredEnvironment;
import java.net.URI;
import java.util.Map;

/** The function's configuration, from the environment infra/template.yaml and Lambda set. */
public record ProjectorSettings(String apartmentsTable, String bookingsTable, URI graphqlUrl, String region) {

    /** @throws IllegalStateException naming every required variable that is missing */
    public static ProjectorSettings fromEnvironment(Map<String, String> environment) {
        RequiredEnvironment required = new RequiredEnvironment(environment);
        String apartmentsTable = required.value("APARTMENTS_TABLE");
        String bookingsTable = required.value("BOOKINGS_TABLE");
        String graphqlUrl = required.value("APPSYNC_GRAPHQL_URL");
        String region = required.value("AWS_REGION");
        required.throwIfMissing();
        return new ProjectorSettings(apartmentsTable, bookingsTable, URI.create(graphqlUrl), region);
    }
}
