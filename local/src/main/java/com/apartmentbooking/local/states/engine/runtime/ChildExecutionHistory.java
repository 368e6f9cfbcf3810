package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.states.engine.history.EventDetails;

/**
 * The history of a distributed Map's child execution: its events are numbered as that execution
 * numbers them (its start is event 1), so its causes name the right event ids, but they are not
 * kept, since the parent's history does not show them.
 */
final class ChildExecutionHistory implements EventSink {
    private long lastId = 1;

    @Override
    public long append(long previousEventId, String type, EventDetails details) {
        return ++lastId;
    }
}
