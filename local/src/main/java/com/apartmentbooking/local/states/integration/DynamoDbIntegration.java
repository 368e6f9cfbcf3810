package com.apartmentbooking.local.states.integration;

import com.apartmentbooking.local.dynamodb.DynamoDbApi;
import com.apartmentbooking.local.states.engine.task.Integration;
import com.apartmentbooking.local.states.engine.task.IntegrationRegistry;
import com.apartmentbooking.local.states.engine.task.TaskRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * The optimized DynamoDB integration ({@code arn:aws:states:::dynamodb:getItem}, putItem, updateItem,
 * deleteItem): the parameters are the API request as is, the result its response with the SDK's metadata.
 * Errors are {@code DynamoDB.<Exception>}, e.g. {@code DynamoDB.ConditionalCheckFailedException}.
 */
public final class DynamoDbIntegration implements Integration {
    static final List<String> ACTIONS = List.of("getItem", "putItem", "updateItem", "deleteItem");
    /** The DynamoDB errors the 1.x SDK has exception classes for; others are its AmazonDynamoDBException. */
    static final Set<String> MODELLED_ERRORS = Set.of("ConditionalCheckFailedException", "ResourceNotFoundException",
            "ProvisionedThroughputExceededException", "ItemCollectionSizeLimitExceededException",
            "TransactionConflictException", "RequestLimitExceeded", "InternalServerError", "LimitExceededException",
            "ResourceInUseException", "TransactionCanceledException", "TransactionInProgressException",
            "IdempotentParameterMismatchException");
    private static final ServiceErrors ERRORS = new ServiceErrors("DynamoDB", "AmazonDynamoDBv2", MODELLED_ERRORS,
            "AmazonDynamoDBException", false);

    private final DynamoDbApi dynamoDb;
    private final InProcessCalls calls;

    public DynamoDbIntegration(DynamoDbApi dynamoDb, InProcessCalls calls) {
        this.dynamoDb = dynamoDb;
        this.calls = calls;
    }

    public void registerIn(IntegrationRegistry registry) {
        ACTIONS.forEach(action -> registry.register("dynamodb", action, this));
    }

    @Override
    public CompletionStage<JsonNode> invoke(TaskRequest request) {
        String operation = Actions.operation(request.resource().action());
        return calls.call(() -> dynamoDb.call(operation, request.parameters()), ERRORS::name)
                .thenApply(response -> SdkMetadata.addTo(((ObjectNode) response.body()).deepCopy(),
                        response.requestId(), "application/x-amz-json-1.0"));
    }
}
