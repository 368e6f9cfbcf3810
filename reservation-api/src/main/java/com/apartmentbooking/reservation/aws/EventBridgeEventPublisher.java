package com.apartmentbooking.reservation.aws;

import com.apartmentbooking.model.events.DomainEvent;
import com.apartmentbooking.reservation.port.EventPublishException;
import com.apartmentbooking.reservation.port.EventPublisher;
import java.util.Optional;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/** {@link EventPublisher} on one EventBridge bus. */
public final class EventBridgeEventPublisher implements EventPublisher {
    private final EventBridgeClient client;
    private final String busName;

    public EventBridgeEventPublisher(EventBridgeClient client, String busName) {
        this.client = client;
        this.busName = busName;
    }

    /** PutEvents reports a refused entry inside a successful response, which the SDK does not retry. */
    @Override
    public void publish(DomainEvent event) {
        PutEventsRequestEntry entry = PutEventsRequestEntry.builder()
                .eventBusName(busName)
                .source(event.source())
                .detailType(event.detailType())
                .detail(event.detailJson())
                .build();
        PutEventsResponse response = client.putEvents(PutEventsRequest.builder().entries(entry).build());
        Optional<PutEventsResultEntry> refused = response.entries().stream()
                .filter(result -> result.errorCode() != null)
                .findFirst();
        boolean failed = response.failedEntryCount() != null && response.failedEntryCount() > 0;
        if (failed || refused.isPresent()) {
            throw new EventPublishException(event.detailType() + " was refused: " + refused
                    .map(result -> result.errorCode() + " " + result.errorMessage())
                    .orElse("FailedEntryCount " + response.failedEntryCount()));
        }
    }
}
