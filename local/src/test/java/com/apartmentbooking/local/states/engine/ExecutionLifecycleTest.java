package com.apartmentbooking.local.states.engine;

import static com.apartmentbooking.local.states.engine.EngineHarness.event;
import static com.apartmentbooking.local.states.engine.EngineHarness.json;
import static com.apartmentbooking.local.states.engine.EngineHarness.secondsOf;
import static com.apartmentbooking.local.states.engine.EngineHarness.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.states.definition.DefinitionValidationException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecutionLifecycleTest {
    private static final String WAIT_AN_HOUR = """
            {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 3600, "End": true}}}""";

    private final EngineHarness harness = new EngineHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void anExecutionPastItsTimeoutSecondsTimesOut() {
        ExecutionHandle execution = harness.run("""
                {"TimeoutSeconds": 5, "StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 10, "End": true}}}""",
                "{}");

        assertEquals(ExecutionStatus.TIMED_OUT, execution.status());
        assertEquals("States.Timeout", execution.error());
        assertEquals(List.of("ExecutionStarted", "WaitStateEntered", "ExecutionTimedOut"), types(execution));
        assertEquals(List.of(5L), secondsOf(execution, "ExecutionTimedOut"));
        assertEquals(execution.startDate().plusSeconds(5), execution.stopDate());
    }

    @Test
    void stoppingAbortsTheStatesInFlightThenTheExecution() {
        ExecutionHandle execution = harness.start("""
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 60, "End": true}}},
                  {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "T",
                    "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::test:pending", "End": true}}}}}}]}}}""",
                "[1]");
        harness.advance(Duration.ofSeconds(7));

        execution.stop("Operator.Stop", "no longer needed");
        harness.engine.awaitSettled();

        assertEquals(ExecutionStatus.ABORTED, harness.finish(execution).status());
        assertEquals("Operator.Stop", execution.error());
        assertEquals("no longer needed", execution.cause());
        List<String> types = types(execution);
        assertEquals(List.of("WaitStateAborted", "TaskStateAborted", "MapIterationAborted", "MapStateAborted",
                "ParallelStateAborted", "ExecutionAborted"), types.subList(types.size() - 6, types.size()));
        assertEquals(List.of(7L), secondsOf(execution, "ExecutionAborted"));
        assertEquals(0, harness.clock.pendingTimers());
    }

    @Test
    void stoppingAFinishedExecutionChangesNothing() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""", "{}");

        harness.engine.stop(execution.executionArn(), "E", "C");
        harness.engine.awaitSettled();

        assertEquals(ExecutionStatus.SUCCEEDED, execution.status());
    }

    @Test
    void aStateOutputOverThePayloadLimitFailsWithDataLimitExceeded() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": {"big": "%s"}, "End": true}}}"""
                .formatted("x".repeat(270_000)), "{}");

        assertEquals("States.DataLimitExceeded", execution.error());
        assertEquals("The state/task 'P' returned a result with a size exceeding the maximum number of bytes "
                + "service limit.", execution.cause());
        assertEquals(List.of("ExecutionStarted", "PassStateEntered", "ExecutionFailed"), types(execution));
    }

    @Test
    void onlyItsOwnNameCatchesDataLimitExceeded() {
        String definition = """
                {"StartAt": "P", "States": {
                  "P": {"Type": "Parallel", "End": true, "Catch": [{"ErrorEquals": ["%s"], "Next": "Caught"}],
                        "Branches": [{"StartAt": "Big", "States": {
                          "Big": {"Type": "Pass", "Result": {"big": "%s"}, "End": true}}}]},
                  "Caught": {"Type": "Pass", "End": true}}}""";
        String big = "x".repeat(270_000);

        ExecutionHandle wildcard = harness.run(definition.formatted("States.ALL", big), "{}");
        ExecutionHandle named = harness.run(definition.formatted("States.DataLimitExceeded", big), "{}");

        assertEquals(ExecutionStatus.FAILED, wildcard.status());
        assertEquals(ExecutionStatus.SUCCEEDED, named.status());
    }

    @Test
    void startRefusesInvalidDefinitionsInputsAndNamesInUse() {
        assertThrows(DefinitionValidationException.class, () -> harness.engine.start("{\"StartAt\": \"X\"}", "a", "{}"));
        assertThrows(InvalidExecutionInputException.class, () -> harness.engine.start(WAIT_AN_HOUR, "b", "{nope"));
        assertThrows(InvalidExecutionInputException.class,
                () -> harness.engine.start(WAIT_AN_HOUR, "c", "\"" + "x".repeat(300_000) + "\""));
        harness.engine.start(WAIT_AN_HOUR, "d", "{}");
        assertThrows(ExecutionAlreadyExistsException.class, () -> harness.engine.start(WAIT_AN_HOUR, "d", "{}"));
    }

    @Test
    void aFinishedExecutionIsDescribedFromTheStore() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": 1, "End": true}}}""", "{}");

        ExecutionHandle found = harness.engine.execution(execution.executionArn()).orElseThrow();

        assertEquals(ExecutionStatus.SUCCEEDED, found.status());
        assertEquals("1", found.output());
        assertEquals(types(execution), types(found));
        assertTrue(execution.executionArn().startsWith(
                "arn:aws:states:us-east-1:000000000000:execution:LocalStateMachine:execution-"));
    }

    @Test
    void theContextObjectDescribesTheExecution() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"context.$": "$$"}, "End": true}}}""",
                "{\"a\": 1}");

        assertEquals(json("""
                {"context": {
                  "Execution": {"Id": "%s", "Input": {"a": 1}, "StartTime": "2024-01-01T00:00:00.000Z",
                                "Name": "%s", "RoleArn": "arn:aws:iam::000000000000:role/StepFunctionsExecutionRole",
                                "RedriveCount": 0},
                  "StateMachine": {"Id": "arn:aws:states:us-east-1:000000000000:stateMachine:LocalStateMachine",
                                   "Name": "LocalStateMachine"},
                  "State": {"EnteredTime": "2024-01-01T00:00:00.000Z", "Name": "P"}}}
                """.formatted(execution.executionArn(), execution.describe().name())), json(execution.output()));
        assertEquals("arn:aws:iam::000000000000:role/StepFunctionsExecutionRole",
                event(execution, "ExecutionStarted").detail("roleArn").asText());
    }
}
