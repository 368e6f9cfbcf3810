package com.apartmentbooking.reservation.fakes;

import com.apartmentbooking.model.events.DomainEvent;
import com.apartmentbooking.model.events.EventPublishException;
import com.apartmentbooking.model.events.EventPublisher;
import java.util.ArrayList;
import java.util.List;

/** Keeps what was published; can be told to fail the way the EventBridge adapter fails. */
public final class RecordingEventPublisher implements EventPublisher {
    private final List<DomainEvent> published = new ArrayList<>();
    private EventPublishException failure;

    /** Every later publish throws {@code failure} and publishes nothing. */
    public void failWith(EventPublishException failure) {
        this.failure = failure;
    }

    public List<DomainEvent> published() {
        return List.copyOf(published);
    }

    @Override
    public void publish(DomainEvent event) {
        if (failure != null) {
            throw failure;
        }
        published.add(event);
    }
}
