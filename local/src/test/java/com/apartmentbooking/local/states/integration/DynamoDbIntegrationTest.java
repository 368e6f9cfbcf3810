package com.apartmentbooking.local.states.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.dynamodb.DynamoDbApi;
import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.apartmentbooking.local.dynamodb.DynamoDbFixture;
import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.engine.task.Integration;
import com.apartmentbooking.local.states.engine.task.TaskRequest;
import com.apartmentbooking.local.states.engine.task.TaskResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * The DynamoDB integrations call DynamoDB through {@link DynamoDbApi}, and name its refusals from the
 * DynamoDbException's code and status as Step Functions names them.
 */
class DynamoDbIntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final InProcessCalls CALLS = new InProcessCalls(Runnable::run);

    @Test
    void passesTheParametersAsTheRequestOfTheActionsOperation() throws Exception {
        List<String> operations = new ArrayList<>();
        List<JsonNode> requests = new ArrayList<>();
        JsonNode response = JSON.readTree("{\"Attributes\": {\"status\": {\"S\": \"RESERVED\"}}}");
        DynamoDbApi dynamoDb = (operation, request) -> {
            operations.add(operation);
            requests.add(request);
            return response;
        };
        JsonNode parameters = JSON.readTree("{\"TableName\": \"Apartments\", \"Key\": {\"id\": {\"S\": \"a1\"}}}");

        JsonNode result = invoke(new DynamoDbIntegration(dynamoDb, CALLS), "dynamodb:updateItem", parameters)
                .toCompletableFuture().get();

        assertEquals(List.of("UpdateItem"), operations);
        assertEquals(List.of(parameters), requests);
        assertEquals("RESERVED", result.at("/Attributes/status/S").asText());
        assertEquals(200, result.at("/SdkHttpMetadata/HttpStatusCode").asInt());
    }

    @Test
    void aFailedConditionIsNamedAsTheSdkForJava1NamesIt() {
        DynamoDbApi dynamoDb = (operation, request) -> {
            throw DynamoDbException.conditionalCheckFailed();
        };

        StatesError error = failure(invoke(new DynamoDbIntegration(dynamoDb, CALLS), "dynamodb:putItem",
                JSON.createObjectNode()));

        assertEquals("DynamoDB.ConditionalCheckFailedException", error.error());
        assertTrue(error.cause().startsWith("The conditional request failed (Service: AmazonDynamoDBv2; Status Code: "
                + "400; Error Code: ConditionalCheckFailedException; Request ID: "), error.cause());
    }

    @Test
    void anActionDynamoDbDoesNotHaveIsRefusedAsOnTheWire() {
        try (DynamoDbFixture fixture = new DynamoDbFixture()) {
            StatesError error = failure(invoke(new AwsSdkDynamoDbIntegration(fixture.dynamoDb.protocol(), CALLS),
                    "aws-sdk:dynamodb:frobnicate", JSON.createObjectNode()));

            assertEquals("DynamoDb.DynamoDbException", error.error());
            assertTrue(error.cause().startsWith("null (Service: DynamoDb, Status Code: 400, Request ID: "),
                    error.cause());
        }
    }

    private static CompletionStage<JsonNode> invoke(Integration integration, String resource, JsonNode parameters) {
        TaskRequest request = new TaskRequest(TaskResource.parse("arn:aws:states:::" + resource), parameters, null,
                "arn:aws:states:us-east-1:000000000000:execution:Hold:b1", "Reserve",
                JsonNodeFactory.instance.objectNode(), null, null, null, null);
        return integration.invoke(request);
    }

    private static StatesError failure(CompletionStage<JsonNode> call) {
        ExecutionException failed = assertThrows(ExecutionException.class, () -> call.toCompletableFuture().get());
        return assertInstanceOf(StatesError.class, failed.getCause());
    }
}
