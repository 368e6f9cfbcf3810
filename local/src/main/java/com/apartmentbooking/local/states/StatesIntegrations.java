package com.apartmentbooking.local.states;

import com.apartmentbooking.local.lambda.FunctionInvoker;
import com.apartmentbooking.local.server.AwsJsonService;

/**
 * The services Task states call, each through its in-process interface; a null one leaves its integrations
 * out (a Task that uses them fails as an unsupported resource).
 */
public record StatesIntegrations(AwsJsonService dynamoDb, AwsJsonService eventBridge, AwsJsonService sqs,
        FunctionInvoker lambda) {
}
