package com.apartmentbooking.local.states.engine;

import static com.apartmentbooking.local.states.engine.EngineHarness.event;
import static com.apartmentbooking.local.states.engine.EngineHarness.json;
import static com.apartmentbooking.local.states.engine.EngineHarness.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PassAndChoiceTest {
    private final EngineHarness harness = new EngineHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void passAppliesInputPathParametersResultPathAndOutputPath() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "InputPath": "$.in",
                  "Parameters": {"doubled.$": "$.value", "state.$": "$$.State.Name", "fixed": 1},
                  "ResultPath": "$.out", "OutputPath": "$.out", "End": true}}}""", "{\"in\": {\"value\": 7}}");

        assertEquals(ExecutionStatus.SUCCEEDED, execution.status());
        assertEquals(json("{\"doubled\": 7, \"state\": \"P\", \"fixed\": 1}"), json(execution.output()));
    }

    @Test
    void historyEventsCarryIdsPreviousIdsAndDetailsAsGetExecutionHistoryDoes() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": {"a": 1}, "End": true}}}""", "{\"x\": 1}");

        List<HistoryEvent> history = execution.history();
        assertEquals(List.of("ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"),
                types(execution));
        assertEquals(List.of(1L, 2L, 3L, 4L), history.stream().map(HistoryEvent::id).toList());
        // AWS gives the first state's Entered event previousEventId 0.
        assertEquals(List.of(0L, 0L, 2L, 3L), history.stream().map(HistoryEvent::previousEventId).toList());
        assertEquals(json("""
                {"stateEnteredEventDetails": {"name": "P", "input": "{\\"x\\":1}", "inputDetails": {"truncated": false}}}
                """), history.get(1).details());
        assertEquals(json("""
                {"stateExitedEventDetails": {"name": "P", "output": "{\\"a\\":1}", "outputDetails": {"truncated": false}}}
                """), history.get(2).details());
        assertEquals("{\"x\":1}", history.get(0).details().get("executionStartedEventDetails").get("input").asText());
        assertEquals("{\"a\":1}", history.get(3).details().get("executionSucceededEventDetails").get("output").asText());
    }

    @Test
    void jsonataPassOutputsAndAssignsFromTheStateInput() {
        ExecutionHandle execution = harness.run("""
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {"total": "{% $states.input.a + 1 %}"}, "Next": "B"},
                  "B": {"Type": "Pass", "Output": {"total": "{% $total %}", "name": "{% $states.context.State.Name %}"},
                        "End": true}}}""", "{\"a\": 41}");

        assertEquals(json("{\"total\": 42, \"name\": \"B\"}"), json(execution.output()));
        HistoryEvent exited = event(execution, "PassStateExited");
        assertEquals("42", exited.details().get("stateExitedEventDetails").get("assignedVariables").get("total").asText());
    }

    @Test
    void assignReadsTheVariablesAsTheyWereWhenTheStateWasEntered() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {"x": 1}, "Next": "B"},
                  "B": {"Type": "Pass", "Assign": {"x": 2, "old.$": "$x"}, "Next": "C"},
                  "C": {"Type": "Pass", "Parameters": {"x.$": "$x", "old.$": "$old"}, "End": true}}}""", "{}");

        assertEquals(json("{\"x\": 2, \"old\": 1}"), json(execution.output()));
    }

    @Test
    void choiceTakesTheFirstMatchingRuleWithItsAssign() {
        String definition = """
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [
                      {"Variable": "$.n", "NumericGreaterThan": 10, "Next": "Big", "Assign": {"size": "big"}},
                      {"Variable": "$.n", "NumericGreaterThan": 0, "Next": "Small", "Assign": {"size": "small"}}],
                    "Default": "Other", "Assign": {"size": "other"}},
                  "Big": {"Type": "Pass", "Parameters": {"size.$": "$size"}, "End": true},
                  "Small": {"Type": "Pass", "Parameters": {"size.$": "$size"}, "End": true},
                  "Other": {"Type": "Pass", "Parameters": {"size.$": "$size"}, "End": true}}}""";

        assertEquals(json("{\"size\": \"big\"}"), json(harness.run(definition, "{\"n\": 50}").output()));
        assertEquals(json("{\"size\": \"small\"}"), json(harness.run(definition, "{\"n\": 5}").output()));
        assertEquals(json("{\"size\": \"other\"}"), json(harness.run(definition, "{\"n\": -5}").output()));
    }

    @Test
    void choiceWithoutMatchOrDefaultFailsWithNoChoiceMatched() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericEquals": 1, "Next": "D"}]},
                  "D": {"Type": "Succeed"}}}""", "{\"n\": 2}");

        assertEquals(ExecutionStatus.FAILED, execution.status());
        assertEquals("States.NoChoiceMatched", execution.error());
        assertTrue(execution.cause().startsWith(
                "An error occurred while executing the state 'C' (entered at the event id #2). "), execution.cause());
    }

    @Test
    void jsonataChoiceUsesConditionsAndTheMatchedBranchOutput() {
        ExecutionHandle execution = harness.run("""
                {"QueryLanguage": "JSONata", "StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [
                      {"Condition": "{% $states.input.ok %}", "Next": "Done", "Output": {"branch": "ok"}}],
                    "Default": "Done", "Output": {"branch": "default"}},
                  "Done": {"Type": "Succeed"}}}""", "{\"ok\": true}");

        assertEquals(json("{\"branch\": \"ok\"}"), json(execution.output()));
        assertEquals(List.of("ExecutionStarted", "ChoiceStateEntered", "ChoiceStateExited", "SucceedStateEntered",
                "SucceedStateExited", "ExecutionSucceeded"), types(execution));
    }

    @Test
    void failStateReadsErrorAndCauseFromPathsAndFailStatesRecordNoExit() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "F", "States": {"F": {"Type": "Fail", "ErrorPath": "$.e",
                  "CausePath": "States.Format('because {}', $.c)"}}}""", "{\"e\": \"Boom\", \"c\": \"reasons\"}");

        assertEquals(ExecutionStatus.FAILED, execution.status());
        assertEquals("Boom", execution.error());
        assertEquals("because reasons", execution.cause());
        assertEquals(List.of("ExecutionStarted", "FailStateEntered", "ExecutionFailed"), types(execution));
        assertNull(execution.output());
    }

    @Test
    void jsonPathFailuresOfAFieldArePrefixedWithTheStateAndEnteredEvent() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "OutputPath": "$.missing", "End": true}}}""", "{}");

        assertEquals("States.Runtime", execution.error());
        assertEquals("An error occurred while executing the state 'P' (entered at the event id #2). "
                + "Invalid path '$.missing' : No results for path: $['missing']", execution.cause());
        assertEquals(List.of("ExecutionStarted", "PassStateEntered", "ExecutionFailed"), types(execution));
    }

    @Test
    void jsonataFailuresRecordAnEvaluationFailedEvent() {
        ExecutionHandle execution = harness.run("""
                {"QueryLanguage": "JSONata", "StartAt": "P", "States": {
                  "P": {"Type": "Pass", "Output": "{% $nope %}", "End": true}}}""", "{}");

        assertEquals("States.QueryEvaluationError", execution.error());
        assertEquals(List.of("ExecutionStarted", "PassStateEntered", "EvaluationFailed", "ExecutionFailed"),
                types(execution));
        assertEquals("P", event(execution, "EvaluationFailed").details().get("evaluationFailedEventDetails")
                .get("state").asText());
    }
}
