package com.apartmentbooking.payment.port;

import com.apartmentbooking.model.events.DomainEvent;
import com.apartmentbooking.model.events.EventPublishException;

/** Puts domain events on the {@code booking} bus. */
public interface EventPublisher {

    /**
     * Publishes one event.
     *
     * @throws EventPublishException when the event did not reach the bus, by the shared publish policy
     */
    void publish(DomainEvent event);
}
