package com.apartmentbooking.projector.port;

import com.apartmentbooking.projector.StatusChange;

/** Port: delivers one status change to subscribers. */
public interface StatusPublisher {

    /** @throws StatusPublishException when the change may not have reached subscribers */
    void publish(StatusChange change);
}
