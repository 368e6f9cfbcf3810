package com.apartmentbooking.reservation.aws;

import com.apartmentbooking.reservation.port.HistoryEntry;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** Step Functions history events as the port's {@link HistoryEntry}. */
final class HistoryEntries {
    /** Every per-type detail member of a history event is named {@code <eventType>EventDetails}. */
    private static final String DETAILS_SUFFIX = "EventDetails";

    static HistoryEntry of(HistoryEvent event) {
        return new HistoryEntry(event.id(), event.previousEventId(), event.timestamp(), event.typeAsString(),
                stateName(event), details(event));
    }

    private static String stateName(HistoryEvent event) {
        if (event.stateEnteredEventDetails() != null) {
            return event.stateEnteredEventDetails().name();
        }
        return event.stateExitedEventDetails() == null ? null : event.stateExitedEventDetails().name();
    }

    /** The event's one details object as JSON text, found generically so new event types need no code. */
    private static String details(HistoryEvent event) {
        for (SdkField<?> field : event.sdkFields()) {
            if (field.locationName().endsWith(DETAILS_SUFFIX)
                    && field.getValueOrDefault(event) instanceof SdkPojo details) {
                return SdkPojoJson.of(details).toString();
            }
        }
        return null;
    }

    private HistoryEntries() {
    }
}
