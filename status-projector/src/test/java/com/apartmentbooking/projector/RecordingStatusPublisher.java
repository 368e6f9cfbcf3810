package com.apartmentbooking.projector;

import com.apartmentbooking.projector.port.StatusPublishException;
import com.apartmentbooking.projector.port.StatusPublisher;
import java.util.ArrayList;
import java.util.List;

/** In-memory StatusPublisher: remembers what it delivered and can be told to fail on its Nth call. */
final class RecordingStatusPublisher implements StatusPublisher {
    private final List<StatusChange> published = new ArrayList<>();
    private int calls;
    private int failingCall;

    /** The given call (1-based) throws instead of publishing. */
    RecordingStatusPublisher failOnCall(int call) {
        this.failingCall = call;
        return this;
    }

    @Override
    public void publish(StatusChange change) {
        calls++;
        if (calls == failingCall) {
            throw new StatusPublishException("AppSync unavailable (simulated on call " + calls + ")");
        }
        published.add(change);
    }

    List<StatusChange> published() {
        return published;
    }

    int calls() {
        return calls;
    }
}
