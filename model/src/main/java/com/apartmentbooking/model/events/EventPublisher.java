package com.apartmentbooking.model.events;

/** Puts domain events on the {@code booking} bus. */
public interface EventPublisher {

    /**
     * Publishes one event.
     *
     * @throws EventPublishException when the event did not reach the bus, by the shared publish policy
     */
    void publish(DomainEvent event);
}
