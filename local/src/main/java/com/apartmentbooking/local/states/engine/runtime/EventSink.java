package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.engine.history.EventDetails;

/**
 * Where a graph run records its events: the execution's history, or, for the iterations of a
 * distributed Map (child executions on AWS, whose events are not in the parent's history), a
 * history of their own.
 */
interface EventSink {
    /** Records an event and returns its id. */
    long append(long previousEventId, String type, EventDetails details);
}
