package com.apartmentbooking.local.states.engine;

import static com.apartmentbooking.local.states.engine.EngineHarness.secondsOf;
import static com.apartmentbooking.local.states.engine.EngineHarness.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WaitStateTest {
    private final EngineHarness harness = new EngineHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void waitsTheGivenSecondsOnTheClock() {
        ExecutionHandle execution = harness.start("""
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 900, "End": true}}}""", "{}");

        harness.advance(Duration.ofSeconds(899));
        assertEquals(ExecutionStatus.RUNNING, execution.status());
        harness.advance(Duration.ofSeconds(1));
        assertEquals(ExecutionStatus.SUCCEEDED, harness.finish(execution).status());
        assertEquals(List.of(900L), secondsOf(execution, "WaitStateExited"));
    }

    @Test
    void oneAdvanceFiresTimersThatEarlierTimersScheduledInOrder() {
        ExecutionHandle execution = harness.start("""
                {"StartAt": "A", "States": {
                  "A": {"Type": "Wait", "Seconds": 10, "Next": "B"},
                  "B": {"Type": "Wait", "SecondsPath": "$.s", "Next": "C"},
                  "C": {"Type": "Wait", "Seconds": 10, "End": true}}}""", "{\"s\": 5}");

        harness.advance(Duration.ofSeconds(60));

        assertEquals(ExecutionStatus.SUCCEEDED, harness.finish(execution).status());
        assertEquals(List.of(10L, 15L, 25L), secondsOf(execution, "WaitStateExited"));
        assertEquals(List.of(25L), secondsOf(execution, "ExecutionSucceeded"));
    }

    @Test
    void waitsUntilATimestampAndPassesAPastOneAtOnce() {
        ExecutionHandle future = harness.run("""
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "TimestampPath": "$.at", "End": true}}}""",
                "{\"at\": \"2024-01-01T01:00:00Z\"}");
        ExecutionHandle past = harness.start("""
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "Timestamp": "2016-03-14T01:59:00Z", "End": true}}}""",
                "{}");

        assertEquals(List.of(3600L), secondsOf(future, "WaitStateExited"));
        assertEquals(ExecutionStatus.SUCCEEDED, past.status());
    }

    @Test
    void jsonataSecondsAreEvaluated() {
        ExecutionHandle execution = harness.run("""
                {"QueryLanguage": "JSONata", "StartAt": "W", "States": {
                  "W": {"Type": "Wait", "Seconds": "{% $states.input.s * 2 %}", "End": true}}}""", "{\"s\": 30}");

        assertEquals(List.of(60L), secondsOf(execution, "WaitStateExited"));
    }

    @Test
    void invalidSecondsPathValuesFailWithAwsTexts() {
        String definition = """
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "SecondsPath": "$.s", "End": true}}}""";

        ExecutionHandle negative = harness.run(definition, "{\"s\": -1}");
        ExecutionHandle fraction = harness.run(definition, "{\"s\": 1.5}");

        assertEquals("States.Runtime", negative.error());
        assertEquals("An error occurred while executing the state 'W' (entered at the event id #2). "
                + "The SecondsPath parameter references a negative value: $.s == -1", negative.cause());
        assertEquals("An error occurred while executing the state 'W' (entered at the event id #2). "
                + "The SecondsPath parameter cannot be parsed as a long value: $.s == 1.5", fraction.cause());
        assertEquals(List.of("ExecutionStarted", "WaitStateEntered", "ExecutionFailed"), types(negative));
    }
}
