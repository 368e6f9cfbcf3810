package com.apartmentbooking.model.events;

import java.util.List;

/** Puts several domain events on the {@code booking} bus in one PutEvents call, keeping their order. */
public interface EventBatchPublisher {

    /** PutEvents takes at most this many entries per call. */
    int MAX_ENTRIES_PER_CALL = 10;

    /**
     * Publishes up to {@link #MAX_ENTRIES_PER_CALL} events in one call.
     *
     * @return how many leading events the bus took, by the shared publish policy: all of them, or the index of
     *         the first one it refused (later ones may have been taken too)
     * @throws EventPublishException when the call itself failed: none of the events counts as published
     * @throws IllegalArgumentException for more than {@link #MAX_ENTRIES_PER_CALL} events
     */
    int publishBatch(List<? extends DomainEvent> events);
}
