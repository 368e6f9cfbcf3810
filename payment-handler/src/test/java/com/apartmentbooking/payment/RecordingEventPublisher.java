package com.apartmentbooking.payment;

import com.apartmentbooking.model.events.DomainEvent;
import com.apartmentbooking.model.events.EventPublishException;
import com.apartmentbooking.model.events.EventPublisher;
import java.util.ArrayList;
import java.util.List;

/** Keeps what was published; can be made to refuse events the way a throttled bus does. */
final class RecordingEventPublisher implements EventPublisher {

    private final List<DomainEvent> published = new ArrayList<>();
    private boolean unavailable;

    void makeUnavailable() {
        unavailable = true;
    }

    List<DomainEvent> published() {
        return List.copyOf(published);
    }

    @Override
    public void publish(DomainEvent event) {
        if (unavailable) {
            throw new EventPublishException(event.detailType() + " was refused: ThrottlingException");
        }
        published.add(event);
    }
}
