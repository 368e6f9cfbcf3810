package com.apartmentbooking.local.states.engine;

import static com.apartmentbooking.local.states.engine.EngineHarness.json;
import static com.apartmentbooking.local.states.engine.EngineHarness.secondsOf;
import static com.apartmentbooking.local.states.engine.EngineHarness.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryCatchTest {
    private final EngineHarness harness = new EngineHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    /** A task that always fails with Flaky, with {@code retry} and, if not empty, a {@code catchers} leading to Caught. */
    private static String failingTask(String retry, String catchers) {
        String caught = catchers.isEmpty() ? "" : ", \"Caught\": {\"Type\": \"Pass\", \"End\": true}";
        return """
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::test:fail",
                        "Parameters": {"error": "Flaky", "cause": "try again"},
                        "Retry": %s %s "End": true}%s}}""".formatted(retry, catchers, caught);
    }

    @Test
    void retriesBackOffByTheRateAndFailAfterMaxAttempts() {
        ExecutionHandle execution = harness.run(failingTask("""
                [{"ErrorEquals": ["Other"], "MaxAttempts": 5},
                 {"ErrorEquals": ["Flaky"], "IntervalSeconds": 2, "BackoffRate": 3, "MaxAttempts": 3}],""", ""), "{}");

        assertEquals(List.of(0L, 2L, 8L, 26L), secondsOf(execution, "TaskScheduled"));
        assertEquals("Flaky", execution.error());
        assertEquals("try again", execution.cause());
        assertEquals(List.of(26L), secondsOf(execution, "ExecutionFailed"));
    }

    @Test
    void maxDelaySecondsCapsTheBackOff() {
        ExecutionHandle execution = harness.run(failingTask("""
                [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 10, "BackoffRate": 10, "MaxAttempts": 3,
                  "MaxDelaySeconds": 30}],""", ""), "{}");

        assertEquals(List.of(0L, 10L, 40L, 70L), secondsOf(execution, "TaskScheduled"));
    }

    @Test
    void fullJitterWaitsAtMostTheComputedInterval() {
        ExecutionHandle execution = harness.run(failingTask("""
                [{"ErrorEquals": ["Flaky"], "IntervalSeconds": 100, "MaxAttempts": 1, "JitterStrategy": "FULL"}],""",
                ""), "{}");

        List<HistoryEvent> scheduled = execution.history().stream()
                .filter(event -> event.type().equals("TaskScheduled")).toList();
        Duration backOff = Duration.between(scheduled.get(0).timestamp(), scheduled.get(1).timestamp());
        assertTrue(!backOff.isNegative() && backOff.compareTo(Duration.ofSeconds(100)) <= 0, backOff.toString());
    }

    @Test
    void maxAttemptsZeroMeansNoRetryAndTheCatcherTakesOver() {
        ExecutionHandle execution = harness.run(failingTask("""
                [{"ErrorEquals": ["Flaky"], "MaxAttempts": 0}],""", """
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Caught"}],"""),
                "{\"keep\": 1}");

        assertEquals(List.of(0L), secondsOf(execution, "TaskScheduled"));
        assertEquals(json("{\"keep\": 1, \"error\": {\"Error\": \"Flaky\", \"Cause\": \"try again\"}}"),
                json(execution.output()));
    }

    @Test
    void theRetryCountIsInTheContextObject() {
        ExecutionHandle execution = harness.run(failingTask("""
                [{"ErrorEquals": ["Flaky"], "MaxAttempts": 2, "IntervalSeconds": 1}],""", ""), "{}");

        List<Integer> counts = harness.integrations.requests().stream()
                .map(request -> request.context().get("State").get("RetryCount").intValue()).toList();
        assertEquals(List.of(0, 1, 2), counts);
        assertEquals(ExecutionStatus.FAILED, execution.status());
    }

    @Test
    void jsonataCatchersShapeOutputAndAssignFromTheErrorOutput() {
        ExecutionHandle execution = harness.run("""
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::test:fail",
                        "Arguments": {"error": "Boom", "cause": "bad"},
                        "Catch": [{"ErrorEquals": ["Boom"], "Next": "After",
                                   "Assign": {"why": "{% $states.errorOutput.Cause %}"},
                                   "Output": {"caught": "{% $states.errorOutput.Error %}", "in": "{% $states.input %}"}}],
                        "End": true},
                  "After": {"Type": "Pass", "Output": {"why": "{% $why %}", "prev": "{% $states.input %}"}, "End": true}}}
                """, "{\"x\": 1}");

        assertEquals(json("{\"why\": \"bad\", \"prev\": {\"caught\": \"Boom\", \"in\": {\"x\": 1}}}"),
                json(execution.output()));
    }

    @Test
    void statesAllCatchesNeitherRuntimeErrorsNorTheDataLimit() {
        ExecutionHandle runtime = harness.run("""
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::test:echo", "InputPath": "$.missing",
                        "Retry": [{"ErrorEquals": ["States.ALL"]}],
                        "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "End": true},
                  "Caught": {"Type": "Pass", "End": true}}}""", "{}");

        assertEquals("States.Runtime", runtime.error());
        assertEquals(List.of("ExecutionStarted", "TaskStateEntered", "ExecutionFailed"), types(runtime));
    }

    @Test
    void aParallelStateRetriesAsAWholeAndRecordsItsFailureOnce() {
        ExecutionHandle execution = harness.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true,
                  "Retry": [{"ErrorEquals": ["Bad"], "MaxAttempts": 2, "IntervalSeconds": 1}],
                  "Branches": [{"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Bad", "Cause": "c"}}}]}}}
                """, "{}");

        assertEquals(List.of("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted", "FailStateEntered",
                "ParallelStateStarted", "FailStateEntered", "ParallelStateStarted", "FailStateEntered",
                "ParallelStateFailed", "ExecutionFailed"), types(execution));
        assertEquals(List.of(0L, 1L, 3L), secondsOf(execution, "ParallelStateStarted"));
    }
}
