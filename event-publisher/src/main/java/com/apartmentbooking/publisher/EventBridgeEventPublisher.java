package com.apartmentbooking.publisher;

import com.apartmentbooking.model.events.DomainEvent;
import com.apartmentbooking.model.events.PublishPolicy;
import com.apartmentbooking.model.events.PublishPolicy.EntryResult;
import com.apartmentbooking.model.events.EventPublisher;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/** {@link EventPublisher} on one EventBridge bus; what counts as published is the shared {@link PublishPolicy}. */
public final class EventBridgeEventPublisher implements EventPublisher {
    private final EventBridgeClient client;
    private final String busName;

    public EventBridgeEventPublisher(EventBridgeClient client, String busName) {
        this.client = client;
        this.busName = busName;
    }

    @Override
    public void publish(DomainEvent event) {
        PutEventsRequestEntry entry = PutEventsRequestEntry.builder()
                .eventBusName(busName)
                .source(event.source())
                .detailType(event.detailType())
                .detail(event.detailJson())
                .build();
        PutEventsResponse response;
        try {
            response = client.putEvents(PutEventsRequest.builder().entries(entry).build());
        } catch (SdkException e) {
            throw PublishPolicy.callFailed(event, e);
        }
        PublishPolicy.requireTaken(event, response.failedEntryCount(), response.entries().stream()
                .map(result -> new EntryResult(result.errorCode(), result.errorMessage()))
                .toList());
    }
}
