package com.apartmentbooking.reservation;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** A Step Functions history event as the GraphQL {@code HistoryEvent} type. */
public final class HistoryEventShape {
    /** Every per-type detail member of a history event is named {@code <eventType>EventDetails}. */
    private static final String DETAILS_SUFFIX = "EventDetails";

    public static Map<String, Object> of(HistoryEvent event) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("id", event.id());
        shape.put("previousEventId", event.previousEventId());
        shape.put("timestamp", event.timestamp() == null ? null : event.timestamp().toString());
        shape.put("type", event.typeAsString());
        shape.put("stateName", stateName(event));
        shape.put("details", details(event));
        return shape;
    }

    private static String stateName(HistoryEvent event) {
        if (event.stateEnteredEventDetails() != null) {
            return event.stateEnteredEventDetails().name();
        }
        return event.stateExitedEventDetails() == null ? null : event.stateExitedEventDetails().name();
    }

    /** The event's one details object as JSON text (AWSJSON), found generically so new event types need no code. */
    private static String details(HistoryEvent event) {
        for (SdkField<?> field : event.sdkFields()) {
            if (field.locationName().endsWith(DETAILS_SUFFIX)
                    && field.getValueOrDefault(event) instanceof SdkPojo details) {
                return SdkPojoJson.of(details).toString();
            }
        }
        return null;
    }

    private HistoryEventShape() {
    }
}
