package com.apartmentbooking.reservation;

import com.apartmentbooking.model.settings.RequiredEnvironment;
import java.util.Map;

/** The function's configuration, from the environment infra/template.yaml and Lambda set. */
public record ReservationSettings(String apartmentsTable, String bookingsTable, String region) {

    /** @throws IllegalStateException naming every required variable that is missing */
    public static ReservationSettings fromEnvironment(Map<String, String> environment) {
        RequiredEnvironment required = new RequiredEnvironment(environment);
        String apartmentsTable = required.value("APARTMENTS_TABLE");
        String bookingsTable = required.value("BOOKINGS_TABLE");
        String region = required.value("AWS_REGION");
        required.throwIfMissing();
        return new ReservationSettings(apartmentsTable, bookingsTable, region);
    }
}
