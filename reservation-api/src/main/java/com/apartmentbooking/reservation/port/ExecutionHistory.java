package com.apartmentbooking.reservation.port;

import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * The history of one workflow execution. Events keep the Step Functions model type: it is the
 * shape operators know from the console and CLI, and the resolver maps it field by field.
 */
public interface ExecutionHistory {

    /** Every event of the execution, oldest first; empty when the execution no longer exists. */
    List<HistoryEvent> eventsOf(String executionArn);
}
