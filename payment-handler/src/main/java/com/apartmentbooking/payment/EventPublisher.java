package com.apartmentbooking.payment;

import com.apartmentbooking.model.events.DomainEvent;

/** The {@code booking} event bus. */
public interface EventPublisher {

    /** Puts one event on the bus; throws {@link TransientFailureException} when the bus did not take it. */
    void publish(DomainEvent event);
}
