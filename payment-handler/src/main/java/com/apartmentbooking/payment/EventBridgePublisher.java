package com.apartmentbooking.payment;

import com.apartmentbooking.model.events.DomainEvent;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/** {@link EventPublisher} on an EventBridge bus. */
public final class EventBridgePublisher implements EventPublisher {

    private final EventBridgeClient eventBridge;
    private final String eventBusName;

    public EventBridgePublisher(EventBridgeClient eventBridge, String eventBusName) {
        this.eventBridge = eventBridge;
        this.eventBusName = eventBusName;
    }

    @Override
    public void publish(DomainEvent event) {
        PutEventsRequestEntry entry = PutEventsRequestEntry.builder()
                .eventBusName(eventBusName)
                .source(event.source())
                .detailType(event.detailType())
                .detail(event.detailJson())
                .build();
        PutEventsResponse response;
        try {
            response = eventBridge.putEvents(put -> put.entries(entry));
        } catch (SdkException e) {
            throw new TransientFailureException("publishing " + event.detailType() + " failed", e);
        }
        // PutEvents reports a refused entry in its response, not as an exception.
        Integer failed = response.failedEntryCount();
        if (failed != null && failed > 0) {
            PutEventsResultEntry result = response.entries().isEmpty() ? null : response.entries().get(0);
            String why = result == null ? "unknown" : result.errorCode() + ": " + result.errorMessage();
            throw new TransientFailureException("publishing " + event.detailType() + " failed (" + why + ")");
        }
    }
}
