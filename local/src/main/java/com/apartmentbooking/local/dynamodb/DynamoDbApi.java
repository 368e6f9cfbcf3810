package com.apartmentbooking.local.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * DynamoDB as other services of the runtime call it. Step Functions' DynamoDB integrations pass the API's own
 * request (their Parameters are a PutItem, an UpdateItem, ... request), so the request and the response are the
 * API's JSON; a refusal is a {@link DynamoDbException} with the code the wire would carry.
 */
public interface DynamoDbApi {

    /** Performs {@code operation} (e.g. {@code "UpdateItem"}) and returns its response. */
    JsonNode call(String operation, JsonNode request);
}
