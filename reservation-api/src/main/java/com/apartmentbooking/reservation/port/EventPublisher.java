package com.apartmentbooking.reservation.port;

import com.apartmentbooking.model.events.DomainEvent;

/** Puts domain events on the {@code booking} bus. */
public interface EventPublisher {

    /**
     * Publishes one event.
     *
     * @throws EventPublishException when the bus accepted the call but refused the entry
     * @throws software.amazon.awssdk.core.exception.SdkException when the call failed after the SDK's retries
     */
    void publish(DomainEvent event);
}
