package com.apartmentbooking.local.states.engine;

import static com.apartmentbooking.local.states.engine.EngineHarness.event;
import static com.apartmentbooking.local.states.engine.EngineHarness.json;
import static com.apartmentbooking.local.states.engine.EngineHarness.secondsOf;
import static com.apartmentbooking.local.states.engine.EngineHarness.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.states.engine.task.TestIntegrations;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MapStateTest {
    private final EngineHarness harness = new EngineHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    private static String waitingMap(String limits) {
        return """
                {"StartAt": "M", "States": {"M": {"Type": "Map", %s "End": true,
                  "ItemProcessor": {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 10, "End": true}}}}}}
                """.formatted(limits);
    }

    @Test
    void maxConcurrencyLimitsHowManyIterationsRunAtOnce() {
        ExecutionHandle limited = harness.run(waitingMap("\"MaxConcurrency\": 2,"), "[1, 2, 3, 4]");
        ExecutionHandle unlimited = harness.run(waitingMap(""), "[1, 2, 3, 4]");

        assertEquals(json("[1, 2, 3, 4]"), json(limited.output()));
        assertEquals(List.of(0L, 0L, 10L, 10L), secondsOf(limited, "MapIterationStarted"));
        assertEquals(List.of(20L), secondsOf(limited, "MapStateExited"));
        assertEquals(List.of(10L), secondsOf(unlimited, "MapStateExited"));
    }

    @Test
    void iterationsRecordTheirIndexAndTheStateRecordsTheItemCount() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 1,
                  "ItemSelector": {"index.$": "$$.Map.Item.Index", "value.$": "$$.Map.Item.Value", "tag.$": "$.tag"},
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "P",
                    "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}""",
                "{\"items\": [\"a\", \"b\"], \"tag\": \"t\"}");

        assertEquals(json("[{\"index\": 0, \"value\": \"a\", \"tag\": \"t\"}, {\"index\": 1, \"value\": \"b\", \"tag\": \"t\"}]"),
                json(execution.output()));
        assertEquals(List.of("ExecutionStarted", "MapStateEntered", "MapStateStarted",
                "MapIterationStarted", "PassStateEntered", "PassStateExited", "MapIterationSucceeded",
                "MapIterationStarted", "PassStateEntered", "PassStateExited", "MapIterationSucceeded",
                "MapStateSucceeded", "MapStateExited", "ExecutionSucceeded"), types(execution));
        assertEquals(json("{\"mapStateStartedEventDetails\": {\"length\": 2}}"),
                event(execution, "MapStateStarted").details());
        assertEquals(json("{\"mapIterationStartedEventDetails\": {\"index\": 0, \"name\": \"M\"}}"),
                event(execution, "MapIterationStarted").details());
    }

    private static String failingItems(String tolerance) {
        return """
                {"StartAt": "M", "States": {"M": {"Type": "Map", %s "End": true,
                  "ItemProcessor": {"StartAt": "C", "States": {
                    "C": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericLessThan": 0, "Next": "F"}],
                          "Default": "P"},
                    "F": {"Type": "Fail", "Error": "Negative", "Cause": "below zero"},
                    "P": {"Type": "Pass", "End": true}}}}}}""".formatted(tolerance);
    }

    @Test
    void withoutToleranceOneFailedIterationFailsTheMapWithItsError() {
        ExecutionHandle execution = harness.run(failingItems("\"MaxConcurrency\": 1,"), "[1, -1, 2]");

        assertEquals("Negative", execution.error());
        assertEquals("below zero", execution.cause());
        List<String> types = types(execution);
        assertEquals(List.of("MapIterationFailed", "MapStateFailed", "ExecutionFailed"),
                types.subList(types.size() - 3, types.size()));
        assertFalse(types.contains("MapIterationAborted"));
    }

    @Test
    void failuresWithinTheToleranceLeaveTheirErrorsInTheResult() {
        ExecutionHandle tolerated = harness.run(failingItems("\"ToleratedFailureCount\": 1,"), "[1, -1, 2]");
        ExecutionHandle exceeded = harness.run(failingItems("\"ToleratedFailurePercentage\": 50,"), "[1, -1, -2]");

        assertEquals(json("[1, {\"Error\": \"Negative\", \"Cause\": \"below zero\"}, 2]"), json(tolerated.output()));
        assertEquals("States.ExceedToleratedFailureThreshold", exceeded.error());
    }

    @Test
    void aFailingIterationAbortsTheIterationsStillRunning() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                  "ItemProcessor": {"StartAt": "C", "States": {
                    "C": {"Type": "Choice", "Choices": [{"Variable": "$", "BooleanEquals": true, "Next": "F"}],
                          "Default": "W"},
                    "F": {"Type": "Fail", "Error": "Stop"},
                    "W": {"Type": "Wait", "Seconds": 30, "End": true}}}}}}""", "[false, true]");

        assertEquals("Stop", execution.error());
        List<String> types = types(execution);
        assertEquals(1, Collections.frequency(types, "WaitStateAborted"));
        assertEquals(1, Collections.frequency(types, "MapIterationAborted"));
        assertEquals(List.of(0L), secondsOf(execution, "ExecutionFailed"));
    }

    @Test
    void distributedMapsRunChildExecutionsRecordedAsAMapRun() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "Init", "States": {
                  "Init": {"Type": "Pass", "Assign": {"outer": 1}, "Next": "M"},
                  "M": {"Type": "Map", "Label": "Fan", "End": true,
                    "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                      "StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"item.$": "$"}, "End": true}}}}}}""",
                "[1, 2]");

        assertEquals(json("[{\"item\": 1}, {\"item\": 2}]"), json(execution.output()));
        assertEquals(List.of("ExecutionStarted", "PassStateEntered", "PassStateExited", "MapStateEntered",
                "MapStateStarted", "MapRunStarted", "MapRunSucceeded", "MapStateSucceeded", "MapStateExited",
                "ExecutionSucceeded"), types(execution));
        String mapRunArn = event(execution, "MapRunStarted").details().get("mapRunStartedEventDetails")
                .get("mapRunArn").asText();
        assertTrue(mapRunArn.contains(":mapRun:LocalStateMachine/Fan:"), mapRunArn);
    }

    @Test
    void distributedIterationsDoNotSeeTheParentsVariables() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "Init", "States": {
                  "Init": {"Type": "Pass", "Assign": {"outer": 1}, "Next": "M"},
                  "M": {"Type": "Map", "End": true,
                    "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED"},
                      "StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"o.$": "$outer"}, "End": true}}}}}}""",
                "[1]");

        assertEquals(ExecutionStatus.FAILED, execution.status());
        assertEquals("States.ExceedToleratedFailureThreshold", execution.error());
        assertTrue(types(execution).contains("MapRunFailed"));
    }

    @Test
    void itemBatcherGroupsItems() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                  "ItemBatcher": {"MaxItemsPerBatch": 2, "BatchInput": {"batch": true}},
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED"}, "StartAt": "P",
                    "States": {"P": {"Type": "Pass", "End": true}}}}}}""", "[1, 2, 3]");

        assertEquals(json("""
                [{"Items": [1, 2], "BatchInput": {"batch": true}}, {"Items": [3], "BatchInput": {"batch": true}}]"""),
                json(execution.output()));
    }

    @Test
    void jsonataItemsMustBeAnArray() {
        ExecutionHandle execution = harness.run("""
                {"QueryLanguage": "JSONata", "StartAt": "M", "States": {"M": {"Type": "Map", "Items": "{% true %}",
                  "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}""",
                "{}");

        assertEquals("States.QueryEvaluationError", execution.error());
        assertEquals("An error occurred while executing the state 'M' (entered at the event id #2). The JSONata "
                + "expression 'true' specified for the field 'Items' returned an unexpected result type. Expected "
                + "'array', but was 'boolean' for value: true", execution.cause());
        assertEquals(List.of("ExecutionStarted", "MapStateEntered", "EvaluationFailed", "MapStateFailed",
                "ExecutionFailed"), types(execution));
    }

    @Test
    void aNegativeToleranceFailsAfterTheMapStarted() {
        ExecutionHandle execution = harness.run(waitingMap("\"ToleratedFailureCountPath\": \"$.n\", \"ItemsPath\": \"$.items\","),
                "{\"n\": -1, \"items\": [1]}");

        assertEquals("States.Runtime", execution.error());
        assertTrue(execution.cause().endsWith("ToleratedFailureCount cannot be negative."), execution.cause());
        assertEquals(List.of("ExecutionStarted", "MapStateEntered", "MapStateStarted", "ExecutionFailed"),
                types(execution));
    }

    @Test
    void inlineIterationsReadTheStatesVariablesButKeepTheirOwnAssignments() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "Init", "States": {
                  "Init": {"Type": "Pass", "Assign": {"factor": 10, "seen": "none"}, "Next": "M"},
                  "M": {"Type": "Map", "Next": "After", "ItemProcessor": {"StartAt": "A", "States": {
                    "A": {"Type": "Pass", "Assign": {"seen.$": "$"}, "Next": "B"},
                    "B": {"Type": "Pass", "Parameters": {"factor.$": "$factor", "seen.$": "$seen"}, "End": true}}}},
                  "After": {"Type": "Pass", "Parameters": {"seen.$": "$seen", "items.$": "$"}, "End": true}}}""",
                "[1, 2]");

        assertEquals(json("""
                {"seen": "none", "items": [{"factor": 10, "seen": 1}, {"factor": 10, "seen": 2}]}"""),
                json(execution.output()));
    }

    @Test
    void iterationsWaitForTheirTasksIndependentlyAndResultsKeepItemOrder() {
        ExecutionHandle execution = harness.start("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "T",
                  "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::test:pending", "End": true}}}}}}""",
                "[\"a\", \"b\", \"c\"]");
        List<TestIntegrations.PendingCall> calls = harness.integrations.pendingCalls();
        assertEquals(3, calls.size());

        for (int i = calls.size() - 1; i >= 0; i--) {
            TestIntegrations.PendingCall call = calls.get(i);
            call.answer().complete(json("{\"done\": \"" + call.request().parameters().asText() + "\"}"));
            harness.engine.awaitSettled();
        }

        assertEquals(json("[{\"done\": \"a\"}, {\"done\": \"b\"}, {\"done\": \"c\"}]"),
                json(harness.finish(execution).output()));
    }

    @Test
    void anItemSelectorFailureFailsTheMapState() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": 1, "End": true,
                  "ItemSelector": {"v.$": "$$.Map.Item.Value.name"},
                  "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}""",
                "[{\"name\": \"a\"}, {\"other\": 1}]");

        assertEquals("States.Runtime", execution.error());
        assertTrue(execution.cause().startsWith(
                "An error occurred while executing the state 'M' (entered at the event id #2). "), execution.cause());
        assertEquals(1, Collections.frequency(types(execution), "MapIterationSucceeded"));
    }
}
