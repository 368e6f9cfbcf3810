package com.apartmentbooking.local.lambda;

import java.util.List;

/**
 * A DynamoDB stream event source mapping, with AWS's defaults applied: a retry or age limit of -1 is none.
 *
 * @param uuid its id, also the key of its checkpoints
 * @param onFailureDestination the queue ARN of DestinationConfig.OnFailure, or null
 * @param lastModified when it was created or last updated, in epoch seconds
 */
public record EventSourceMapping(String uuid, String functionName, String functionArn, String eventSourceArn,
        String startingPosition, int batchSize, int maximumBatchingWindowInSeconds, List<String> functionResponseTypes,
        int maximumRetryAttempts, int maximumRecordAgeInSeconds, boolean bisectBatchOnFunctionError,
        String onFailureDestination, boolean enabled, long lastModified) {

    public EventSourceMapping {
        functionResponseTypes = List.copyOf(functionResponseTypes);
    }
}
