package com.apartmentbooking.projector;

/** Port: delivers one status change to subscribers. */
public interface StatusPublisher {

    /** @throws StatusPublishException when the change may not have reached subscribers */
    void publish(StatusChange change);
}
