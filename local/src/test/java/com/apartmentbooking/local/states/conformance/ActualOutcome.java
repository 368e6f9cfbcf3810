package com.apartmentbooking.local.states.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What the engine did with one case, in the terms the corpus records: the execution's status,
 * output (parsed; null when the execution produced none), error, cause and history event types.
 */
record ActualOutcome(String status, JsonNode output, String error, String cause, List<String> historyEventTypes) {
    ActualOutcome {
        historyEventTypes = List.copyOf(historyEventTypes);
    }
}
