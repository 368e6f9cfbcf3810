package com.apartmentbooking.local.states.engine;

import static com.apartmentbooking.local.states.engine.EngineHarness.event;
import static com.apartmentbooking.local.states.engine.EngineHarness.json;
import static com.apartmentbooking.local.states.engine.EngineHarness.secondsOf;
import static com.apartmentbooking.local.states.engine.EngineHarness.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.states.engine.task.TestIntegrations;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskStateTest {
    private final EngineHarness harness = new EngineHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    private static String task(String resource, String fields) {
        return "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"" + resource + "\", "
                + fields + " \"End\": true}}}";
    }

    @Test
    void callsTheIntegrationAndRecordsTheTaskEvents() {
        ExecutionHandle execution = harness.run(task(TestIntegrations.ECHO,
                "\"Parameters\": {\"greeting.$\": \"$.name\"}, \"ResultSelector\": {\"said.$\": \"$.greeting\"},"
                        + " \"ResultPath\": \"$.result\","), "{\"name\": \"hello\"}");

        assertEquals(json("{\"name\": \"hello\", \"result\": {\"said\": \"hello\"}}"), json(execution.output()));
        assertEquals(List.of("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSucceeded",
                "TaskStateExited", "ExecutionSucceeded"), types(execution));
        JsonNode scheduled = event(execution, "TaskScheduled").details().get("taskScheduledEventDetails");
        assertEquals("test", scheduled.get("resourceType").asText());
        assertEquals("echo", scheduled.get("resource").asText());
        assertEquals("us-east-1", scheduled.get("region").asText());
        assertEquals("{\"greeting\":\"hello\"}", scheduled.get("parameters").asText());
        assertEquals("{\"greeting\":\"hello\"}",
                event(execution, "TaskSucceeded").details().get("taskSucceededEventDetails").get("output").asText());
    }

    @Test
    void aFailingIntegrationFailsTheTaskWithItsErrorAndCause() {
        ExecutionHandle execution = harness.run(task(TestIntegrations.FAIL,
                "\"Parameters\": {\"error\": \"Lambda.ServiceException\", \"cause\": \"down\"},"), "{}");

        assertEquals("Lambda.ServiceException", execution.error());
        assertEquals("down", execution.cause());
        assertEquals(List.of("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskFailed",
                "ExecutionFailed"), types(execution));
    }

    @Test
    void aLambdaFunctionArnRunsAsTheLegacyLambdaInvocation() {
        ExecutionHandle execution = harness.run(task("arn:aws:lambda:us-east-1:123456789012:function:greet", ""),
                "{\"a\": 1}");

        assertEquals(json("{\"a\": 1}"), json(execution.output()));
        assertEquals(List.of("ExecutionStarted", "TaskStateEntered", "LambdaFunctionScheduled", "LambdaFunctionStarted",
                "LambdaFunctionSucceeded", "TaskStateExited", "ExecutionSucceeded"), types(execution));
    }

    @Test
    void resourcesWithoutAnIntegrationAndActivitiesFailClearly() {
        ExecutionHandle unknown = harness.run(task("arn:aws:states:::sqs:sendMessage", ""), "{}");
        ExecutionHandle activity = harness.run(task("arn:aws:states:us-east-1:123456789012:activity:work", ""), "{}");

        assertEquals("States.Runtime", unknown.error());
        assertTrue(unknown.cause().endsWith("No integration is registered for the resource "
                + "'arn:aws:states:::sqs:sendMessage'"), unknown.cause());
        assertTrue(activity.cause().endsWith("Activity tasks are not supported by this engine: "
                + "arn:aws:states:us-east-1:123456789012:activity:work"), activity.cause());
    }

    @Test
    void aTaskThatRunsPastItsTimeoutFailsWithStatesTimeout() {
        ExecutionHandle execution = harness.run(task(TestIntegrations.PENDING, "\"TimeoutSeconds\": 5,"), "{}");

        assertEquals("States.Timeout", execution.error());
        assertEquals(List.of(5L), secondsOf(execution, "TaskTimedOut"));
        assertEquals("5", event(execution, "TaskScheduled").details().get("taskScheduledEventDetails")
                .get("timeoutInSeconds").asText());
    }

    @Test
    void waitForTaskTokenHandsOutATokenAndWaitsForSendTaskSuccess() {
        ExecutionHandle execution = harness.start(task(TestIntegrations.PENDING + ".waitForTaskToken",
                "\"Parameters\": {\"token.$\": \"$$.Task.Token\"},"), "{}");
        TestIntegrations.PendingCall call = harness.integrations.pendingCalls().get(0);
        String token = call.request().parameters().get("token").asText();
        assertEquals(token, call.request().taskToken());
        call.answer().complete(json("{\"MessageId\": \"m-1\"}"));
        harness.engine.awaitSettled();
        assertEquals(ExecutionStatus.RUNNING, execution.status());

        harness.engine.sendTaskSuccess(token, "{\"paid\": true}");

        assertEquals(json("{\"paid\": true}"), json(harness.finish(execution).output()));
        assertEquals(List.of("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted",
                "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"), types(execution));
        assertThrows(TaskTokenException.class, () -> harness.engine.sendTaskSuccess(token, "{}"));
    }

    @Test
    void sendTaskFailureFailsTheTaskAndCanBeCaught() {
        ExecutionHandle execution = harness.start("""
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::test:pending.waitForTaskToken",
                        "Catch": [{"ErrorEquals": ["Payment.Declined"], "ResultPath": "$.failure", "Next": "Caught"}],
                        "End": true},
                  "Caught": {"Type": "Pass", "End": true}}}""", "{\"order\": 1}");
        String token = harness.integrations.pendingCalls().get(0).request().taskToken();

        harness.engine.sendTaskFailure(token, "Payment.Declined", "card refused");

        assertEquals(json("{\"order\": 1, \"failure\": {\"Error\": \"Payment.Declined\", \"Cause\": \"card refused\"}}"),
                json(harness.finish(execution).output()));
        assertEquals(List.of("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskFailed",
                "TaskStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"), types(execution));
    }

    @Test
    void heartbeatsKeepATokenTaskAliveUntilTheyStop() {
        ExecutionHandle execution = harness.start(task(TestIntegrations.PENDING + ".waitForTaskToken",
                "\"HeartbeatSeconds\": 5, \"TimeoutSeconds\": 100,"), "{}");
        String token = harness.integrations.pendingCalls().get(0).request().taskToken();

        harness.advance(Duration.ofSeconds(4));
        harness.engine.sendTaskHeartbeat(token);
        harness.engine.awaitSettled();
        harness.advance(Duration.ofSeconds(4));
        assertEquals(ExecutionStatus.RUNNING, execution.status());
        harness.advance(Duration.ofSeconds(1));

        assertEquals("States.HeartbeatTimeout", harness.finish(execution).error());
        assertEquals(List.of(9L), secondsOf(execution, "TaskTimedOut"));
    }

    @Test
    void aSyncIntegrationReportsItsSubmissionBeforeItsResult() {
        ExecutionHandle execution = harness.start(task(TestIntegrations.PENDING + ".sync", ""), "{}");
        TestIntegrations.PendingCall call = harness.integrations.pendingCalls().get(0);

        call.request().progress().submitted(json("{\"JobId\": \"j-1\"}"));
        harness.engine.awaitSettled();
        call.answer().complete(json("{\"Status\": \"DONE\"}"));

        assertEquals(json("{\"Status\": \"DONE\"}"), json(harness.finish(execution).output()));
        assertEquals(List.of("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted",
                "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"), types(execution));
        assertEquals("pending.sync",
                event(execution, "TaskStarted").details().get("taskStartedEventDetails").get("resource").asText());
    }

    @Test
    void jsonataTasksTakeArgumentsAndShapeOutputFromTheResult() {
        ExecutionHandle execution = harness.run("""
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::test:echo",
                        "Arguments": {"n": "{% $states.input.n * 10 %}"},
                        "Output": {"fromResult": "{% $states.result.n %}", "token": "{% $exists($states.context.Task) %}"},
                        "End": true}}}""", "{\"n\": 4}");

        assertEquals(json("{\"fromResult\": 40, \"token\": false}"), json(execution.output()));
        assertNotNull(harness.integrations.requests().get(0).context().get("State").get("RetryCount"));
    }
}
