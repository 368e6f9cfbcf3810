package com.apartmentbooking.reservation;

import com.apartmentbooking.model.settings.RequiredEnvironment;
import java.util.Map;

/** The outbox relay's configuration, from the environment infra/template.yaml and Lambda set. */
public record RelaySettings(String eventBusName, String region) {

    /** @throws IllegalStateException naming every required variable that is missing */
    public static RelaySettings fromEnvironment(Map<String, String> environment) {
        RequiredEnvironment required = new RequiredEnvironment(environment);
        String eventBusName = required.value("EVENT_BUS_NAME");
        String region = required.value("AWS_REGION");
        required.throwIfMissing();
        return new RelaySettings(eventBusName, region);
    }
}
