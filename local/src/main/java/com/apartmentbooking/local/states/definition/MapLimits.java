package com.apartmentbooking.local.states.definition;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Map's concurrency and failure tolerance: each as a literal (a number, or a JSONata
 * expression) or a JSONPath reference path; all null when absent.
 */
public record MapLimits(
        JsonNode maxConcurrency,
        String maxConcurrencyPath,
        JsonNode toleratedFailureCount,
        String toleratedFailureCountPath,
        JsonNode toleratedFailurePercentage,
        String toleratedFailurePercentagePath) {

    public boolean hasTolerance() {
        return toleratedFailureCount != null || toleratedFailureCountPath != null
                || toleratedFailurePercentage != null || toleratedFailurePercentagePath != null;
    }
}
