package com.apartmentbooking.local.states.engine;

import static com.apartmentbooking.local.states.engine.EngineHarness.json;
import static com.apartmentbooking.local.states.engine.EngineHarness.secondsOf;
import static com.apartmentbooking.local.states.engine.EngineHarness.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelStateTest {
    private final EngineHarness harness = new EngineHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void branchesRunAtTheSameTimeAndTheirOutputsKeepBranchOrder() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Slow", "States": {"Slow": {"Type": "Wait", "Seconds": 10, "OutputPath": "$.a", "End": true}}},
                  {"StartAt": "Fast", "States": {"Fast": {"Type": "Wait", "Seconds": 5, "OutputPath": "$.b", "End": true}}}
                ]}}}""", "{\"a\": \"first\", \"b\": \"second\"}");

        assertEquals(json("[\"first\", \"second\"]"), json(execution.output()));
        assertEquals(List.of(10L), secondsOf(execution, "ParallelStateExited"));
        assertEquals(List.of(5L, 10L), secondsOf(execution, "WaitStateExited"));
    }

    @Test
    void aSucceedingParallelRecordsItsSuccessBeforeItExits() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}
                ]}}}""", "{}");

        assertEquals(List.of("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted", "PassStateEntered",
                "PassStateExited", "ParallelStateSucceeded", "ParallelStateExited", "ExecutionSucceeded"),
                types(execution));
    }

    @Test
    void aFailingBranchAbortsTheOthersAndFailsTheState() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 100, "End": true}}},
                  {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Broken", "Cause": "why"}}}
                ]}}}""", "{}");

        assertEquals("Broken", execution.error());
        assertEquals("why", execution.cause());
        assertEquals(List.of("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted", "WaitStateEntered",
                "FailStateEntered", "WaitStateAborted", "ParallelStateFailed", "ExecutionFailed"), types(execution));
        assertEquals(List.of(0L), secondsOf(execution, "ExecutionFailed"));
    }

    @Test
    void branchesReadOuterVariablesButTheirAssignmentsStayInside() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "Init", "States": {
                  "Init": {"Type": "Pass", "Assign": {"x": 1}, "Next": "P"},
                  "P": {"Type": "Parallel", "Next": "After", "Branches": [
                    {"StartAt": "B", "States": {"B": {"Type": "Pass", "Assign": {"x": 99, "inner": 5}, "Next": "C"},
                                                "C": {"Type": "Pass", "Parameters": {"x.$": "$x"}, "End": true}}},
                    {"StartAt": "D", "States": {"D": {"Type": "Pass", "Parameters": {"x.$": "$x"}, "End": true}}}]},
                  "After": {"Type": "Pass", "Parameters": {"x.$": "$x", "branches.$": "$"}, "End": true}}}""", "{}");

        assertEquals(json("{\"x\": 1, \"branches\": [{\"x\": 99}, {\"x\": 1}]}"), json(execution.output()));
    }

    @Test
    void aCaughtParallelFailureRecordsTheFailureThenTheExit() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "P", "States": {
                  "P": {"Type": "Parallel", "Next": "Done",
                        "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Done"}],
                        "Branches": [{"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "E"}}}]},
                  "Done": {"Type": "Succeed"}}}""", "{}");

        assertEquals(json("{\"Error\": \"E\"}"), json(execution.output()));
        List<String> types = types(execution);
        assertTrue(types.indexOf("ParallelStateFailed") < types.indexOf("ParallelStateExited"), types.toString());
    }
}
