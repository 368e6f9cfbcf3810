package com.apartmentbooking.local.states.integration;

import com.apartmentbooking.local.dynamodb.DynamoDbApi;
import com.apartmentbooking.local.states.engine.task.Integration;
import com.apartmentbooking.local.states.engine.task.IntegrationRegistry;
import com.apartmentbooking.local.states.engine.task.TaskRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

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
    /** The actions that only read: they run on the execution's event loop (see {@link InProcessCalls#callHere}). */
    private static final Set<String> READS = Set.of("GetItem");
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
        Supplier<JsonNode> call = () -> dynamoDb.call(operation, request.parameters());
        CompletableFuture<InProcessCalls.ServiceResponse> response = READS.contains(operation)
                ? calls.callHere(call, ERRORS::name) : calls.call(call, ERRORS::name);
        // The response is DynamoDB's own, built for this call: only its top level changes, to take the metadata.
        return response.thenApply(answer -> SdkMetadata.addTo(
                JsonNodeFactory.instance.objectNode().setAll((ObjectNode) answer.body()), answer.requestId(),
                "application/x-amz-json-1.0"));
    }
}
