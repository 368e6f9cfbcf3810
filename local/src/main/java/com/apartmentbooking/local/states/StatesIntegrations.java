package com.apartmentbooking.local.states;

import com.apartmentbooking.local.dynamodb.DynamoDbApi;
import com.apartmentbooking.local.events.EventsApi;
import com.apartmentbooking.local.lambda.FunctionInvoker;
import com.apartmentbooking.local.sqs.SqsApi;

/**
 * The services Task states call, each through its in-process interface; a null one leaves its integrations
 * out (a Task that uses them fails as an unsupported resource).
 */
public record StatesIntegrations(DynamoDbApi dynamoDb, EventsApi eventBridge, SqsApi sqs, FunctionInvoker lambda) {
}
