package com.apartmentbooking.reservation.port;

import java.time.Instant;

/**
 * One event of a workflow execution's history, with the fields operators know from the Step
 * Functions console and CLI.
 *
 * @param type      the event type as Step Functions names it, e.g. {@code TaskStateEntered}
 * @param stateName the state the event entered or exited; null for other events
 * @param details   the event's details object as JSON text; null when the event has none
 */
public record HistoryEntry(Long id, Long previousEventId, Instant timestamp, String type, String stateName,
                           String details) {
}
