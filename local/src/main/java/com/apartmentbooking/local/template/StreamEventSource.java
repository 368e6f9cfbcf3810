package com.apartmentbooking.local.template;

import java.util.List;

/**
 * A function's DynamoDB event (SAM's AWS::Lambda::EventSourceMapping {@code <Function><EventId>}). Values the
 * template leaves out are null, so the Lambda service applies AWS's defaults in one place.
 *
 * @param onFailureDestination DestinationConfig.OnFailure.Destination (a queue ARN), or null
 */
public record StreamEventSource(String eventId, String mappingName, String streamArn, String startingPosition,
        Integer batchSize, Integer maximumBatchingWindowInSeconds, List<String> functionResponseTypes,
        Integer maximumRetryAttempts, Integer maximumRecordAgeInSeconds, Boolean bisectBatchOnFunctionError,
        String onFailureDestination, boolean enabled) {

    public StreamEventSource {
        functionResponseTypes = List.copyOf(functionResponseTypes);
    }
}
