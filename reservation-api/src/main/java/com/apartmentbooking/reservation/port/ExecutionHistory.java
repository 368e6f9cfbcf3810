package com.apartmentbooking.reservation.port;

import java.util.List;

/** The history of one workflow execution. */
public interface ExecutionHistory {

    /**
     * Every event of the execution, oldest first; empty when the execution no longer exists.
     *
     * @throws StoreUnavailableException when the history could not be read
     */
    List<HistoryEntry> eventsOf(String executionArn);
}
