package com.apartmentbooking.local.states.integration;

import com.apartmentbooking.local.dynamodb.DynamoDbApi;
import com.apartmentbooking.local.states.engine.task.Integration;
import com.apartmentbooking.local.states.engine.task.IntegrationRegistry;
import com.apartmentbooking.local.states.engine.task.TaskRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletionStage;

/**
 * The AWS SDK integration for DynamoDB ({@code arn:aws:states:::aws-sdk:dynamodb:<action>}): any API action,
 * named in camelCase, with PascalCase parameters; the result is the API's response. Errors are
 * {@code DynamoDb.<Code>Exception}, or {@code DynamoDb.DynamoDbException} for errors the SDK does not model.
 */
public final class AwsSdkDynamoDbIntegration implements Integration {
    private static final ServiceErrors ERRORS = new ServiceErrors("DynamoDb", "DynamoDb",
            DynamoDbIntegration.MODELLED_ERRORS, "DynamoDbException", true);

    private final DynamoDbApi dynamoDb;
    private final InProcessCalls calls;

    public AwsSdkDynamoDbIntegration(DynamoDbApi dynamoDb, InProcessCalls calls) {
        this.dynamoDb = dynamoDb;
        this.calls = calls;
    }

    public void registerIn(IntegrationRegistry registry) {
        registry.registerService("aws-sdk:dynamodb", this);
    }

    @Override
    public CompletionStage<JsonNode> invoke(TaskRequest request) {
        String operation = Actions.operation(request.resource().action());
        return calls.call(() -> dynamoDb.call(operation, request.parameters()), ERRORS::name)
                .thenApply(InProcessCalls.ServiceResponse::body);
    }
}
