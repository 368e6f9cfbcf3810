package com.apartmentbooking.local.lambda;

import java.util.List;

/**
 * The settings a CreateEventSourceMapping or UpdateEventSourceMapping request gives; null for a member it leaves
 * out (AWS's default applies on create, the current value stays on update).
 *
 * @param destinationGiven whether DestinationConfig was given: then {@code onFailureDestination} replaces the
 *     current one, null removing it
 */
record MappingSettings(Integer batchSize, Integer maximumBatchingWindowInSeconds, List<String> functionResponseTypes,
        Integer maximumRetryAttempts, Integer maximumRecordAgeInSeconds, Boolean bisectBatchOnFunctionError,
        boolean destinationGiven, String onFailureDestination, Boolean enabled) {
}
