package com.apartmentbooking.publisher;

import com.apartmentbooking.model.events.DomainEvent;
import com.apartmentbooking.model.events.EventBatchPublisher;
import com.apartmentbooking.model.events.PublishPolicy;
import com.apartmentbooking.model.events.PublishPolicy.EntryResult;
import com.apartmentbooking.model.events.EventPublisher;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/**
 * {@link EventPublisher} and {@link EventBatchPublisher} on one EventBridge bus; what counts as published is the
 * shared {@link PublishPolicy}.
 */
public final class EventBridgeEventPublisher implements EventPublisher, EventBatchPublisher {
    private final EventBridgeClient client;
    private final String busName;

    public EventBridgeEventPublisher(EventBridgeClient client, String busName) {
        this.client = client;
        this.busName = busName;
    }

    @Override
    public void publish(DomainEvent event) {
        PutEventsResponse response;
        try {
            response = client.putEvents(PutEventsRequest.builder().entries(entry(event)).build());
        } catch (SdkException e) {
            throw PublishPolicy.callFailed(event, e);
        }
        PublishPolicy.requireTaken(event, response.failedEntryCount(), results(response));
    }

    @Override
    public int publishBatch(List<? extends DomainEvent> events) {
        if (events.size() > MAX_ENTRIES_PER_CALL) {
            throw new IllegalArgumentException("PutEvents takes at most " + MAX_ENTRIES_PER_CALL + " entries, not "
                    + events.size());
        }
        if (events.isEmpty()) {
            return 0;
        }
        PutEventsResponse response;
        try {
            response = client.putEvents(PutEventsRequest.builder()
                    .entries(events.stream().map(this::entry).toList()).build());
        } catch (SdkException e) {
            throw PublishPolicy.batchCallFailed(events, e);
        }
        return PublishPolicy.takenPrefix(events.size(), response.failedEntryCount(), results(response));
    }

    private PutEventsRequestEntry entry(DomainEvent event) {
        return PutEventsRequestEntry.builder()
                .eventBusName(busName)
                .source(event.source())
                .detailType(event.detailType())
                .detail(event.detailJson())
                .build();
    }

    private static List<EntryResult> results(PutEventsResponse response) {
        return response.entries().stream()
                .map(result -> new EntryResult(result.errorCode(), result.errorMessage()))
                .toList();
    }
}
