package com.apartmentbooking.local.runtime;

import com.apartmentbooking.local.events.EventsApi;
import com.apartmentbooking.local.events.EventsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Step Functions calls EventBridge (events:putEvents) and EventBridge calls Step Functions (StartExecution), so one
 * of the two is created before the other exists. This stands in for EventBridge, started later: calls made before
 * it is bound (an execution resumed at start publishing an event) wait for it briefly, then answer as an
 * unavailable AWS service would, which the caller's retry policy handles.
 */
final class LateBoundEvents implements EventsApi {

    private static final long WAIT_SECONDS = 30;

    private final CountDownLatch bound = new CountDownLatch(1);
    private volatile EventsApi delegate;

    void bind(EventsApi events) {
        delegate = events;
        bound.countDown();
    }

    @Override
    public JsonNode putEvents(JsonNode request) {
        try {
            if (!bound.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw unavailable("AWSEvents is not started yet");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw unavailable("AWSEvents is shutting down");
        }
        return delegate.putEvents(request);
    }

    private static EventsException unavailable(String message) {
        return new EventsException(503, "ServiceUnavailableException", message);
    }
}
