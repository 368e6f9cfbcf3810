package com.apartmentbooking.local.states.engine.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TaskResourceTest {
    @Test
    void readsServiceIntegrationsWithTheirPatterns() {
        TaskResource plain = TaskResource.parse("arn:aws:states:::dynamodb:putItem");
        TaskResource token = TaskResource.parse("arn:aws:states:::lambda:invoke.waitForTaskToken");
        TaskResource sync = TaskResource.parse("arn:aws:states:::states:startExecution.sync");
        TaskResource sync2 = TaskResource.parse("arn:aws:states:::states:startExecution.sync:2");

        assertEquals(TaskResource.Kind.SERVICE_INTEGRATION, plain.kind());
        assertEquals("dynamodb", plain.resourceType());
        assertEquals("putItem", plain.resourceName());
        assertEquals(IntegrationPattern.WAIT_FOR_TASK_TOKEN, token.pattern());
        assertEquals("invoke", token.action());
        assertEquals("invoke.waitForTaskToken", token.resourceName());
        assertEquals(IntegrationPattern.RUN_JOB, sync.pattern());
        assertEquals(IntegrationPattern.RUN_JOB_V2, sync2.pattern());
        assertEquals("startExecution.sync:2", sync2.resourceName());
    }

    @Test
    void readsAwsSdkIntegrationsAsTheirSdkServiceAndAction() {
        TaskResource sdk = TaskResource.parse("arn:aws:states:::aws-sdk:dynamodb:getItem");
        TaskResource token = TaskResource.parse("arn:aws:states:::aws-sdk:sqs:sendMessage.waitForTaskToken");

        assertEquals(TaskResource.Kind.SERVICE_INTEGRATION, sdk.kind());
        assertEquals("aws-sdk:dynamodb", sdk.resourceType());
        assertEquals("getItem", sdk.resourceName());
        assertEquals(IntegrationPattern.WAIT_FOR_TASK_TOKEN, token.pattern());
        assertEquals("sendMessage", token.action());
    }

    @Test
    void aServiceWideIntegrationServesEveryActionWithoutItsOwn() {
        Integration anyAction = request -> null;
        Integration putItem = request -> null;
        IntegrationRegistry registry = new IntegrationRegistry().registerService("aws-sdk:dynamodb", anyAction)
                .register("aws-sdk:dynamodb", "putItem", putItem);

        assertEquals(anyAction, registry.resolve(TaskResource.parse("arn:aws:states:::aws-sdk:dynamodb:query"))
                .orElseThrow());
        assertEquals(putItem, registry.resolve(TaskResource.parse("arn:aws:states:::aws-sdk:dynamodb:putItem"))
                .orElseThrow());
        assertTrue(registry.resolve(TaskResource.parse("arn:aws:states:::aws-sdk:sqs:sendMessage")).isEmpty());
    }

    @Test
    void recognisesFunctionAndActivityArns() {
        assertEquals(TaskResource.Kind.LAMBDA_FUNCTION,
                TaskResource.parse("arn:aws:lambda:eu-west-1:123456789012:function:f").kind());
        assertEquals(TaskResource.Kind.LAMBDA_FUNCTION,
                TaskResource.parse("arn:aws:lambda:eu-west-1:123456789012:function:f:live").kind());
        assertEquals(TaskResource.Kind.ACTIVITY,
                TaskResource.parse("arn:aws:states:eu-west-1:123456789012:activity:a").kind());
        assertEquals(TaskResource.Kind.UNKNOWN, TaskResource.parse("arn:aws:s3:::bucket").kind());
    }
}
