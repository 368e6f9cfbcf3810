package com.apartmentbooking.local.states.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpectedOutcomeTest {
    private static final List<String> PASS_HISTORY =
            List.of("ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
    private static final List<String> FAIL_HISTORY = List.of("ExecutionStarted", "FailStateEntered", "ExecutionFailed");

    private static ExpectedOutcome expected(String json) {
        return ExpectedOutcome.from(ConformanceJson.parse(json));
    }

    private static ActualOutcome succeeded(String output, List<String> history) {
        return new ActualOutcome("SUCCEEDED", ConformanceJson.parse(output), null, null, history);
    }

    private static ActualOutcome failed(String error, String cause, List<String> history) {
        return new ActualOutcome("FAILED", null, error, cause, history);
    }

    @Test
    void readsTheRecordedFields() {
        ExpectedOutcome outcome = expected("{\"status\":\"FAILED\",\"error\":\"E\",\"cause\":\"C\","
                + "\"history_event_types\":[\"ExecutionStarted\",\"ExecutionFailed\"]}");
        assertEquals(new ExpectedOutcome("FAILED", null, "E", "C", List.of("ExecutionStarted", "ExecutionFailed")),
                outcome);
        assertEquals(null, expected("{\"status\":\"SUCCEEDED\",\"output\":1}").history());
    }

    @Test
    void aMatchingSuccessHasNoMismatch() {
        ExpectedOutcome outcome = expected("{\"status\":\"SUCCEEDED\",\"output\":{\"a\":[1,2]},"
                + "\"history_event_types\":[\"ExecutionStarted\",\"PassStateEntered\",\"PassStateExited\","
                + "\"ExecutionSucceeded\"]}");
        assertTrue(outcome.mismatches(succeeded("{\"a\":[1,2.0]}", PASS_HISTORY), Placeholders.none()).isEmpty());
    }

    @Test
    void aWrongStatusComesFirstAndCarriesTheEnginesError() {
        ExpectedOutcome outcome = expected("{\"status\":\"SUCCEEDED\",\"output\":{},"
                + "\"history_event_types\":[\"ExecutionStarted\",\"PassStateEntered\",\"PassStateExited\","
                + "\"ExecutionSucceeded\"]}");
        List<String> mismatches = outcome.mismatches(
                failed("States.Runtime", "boom", List.of("ExecutionStarted", "PassStateEntered", "ExecutionFailed")),
                Placeholders.none());
        assertEquals("status: expected SUCCEEDED but was FAILED (error=States.Runtime, cause=boom)", mismatches.get(0));
        assertEquals("error: expected null but was States.Runtime", mismatches.get(1));
        assertEquals("cause: expected none but was 'boom'", mismatches.get(2));
        assertTrue(mismatches.get(3).startsWith("history: at step 3 expected PassStateExited but was ExecutionFailed"));
        assertEquals(4, mismatches.size());
    }

    @Test
    void outputIsComparedAsJson() {
        ExpectedOutcome outcome = expected("{\"status\":\"SUCCEEDED\",\"output\":{\"a\":1}}");
        assertEquals(List.of("output $.a: expected 1 but was 2"),
                outcome.mismatches(succeeded("{\"a\":2}", List.of()), Placeholders.none()));
        assertEquals(List.of("output: expected {\"a\":1} but the execution has none"),
                outcome.mismatches(new ActualOutcome("SUCCEEDED", null, null, null, List.of()), Placeholders.none()));
    }

    @Test
    void withoutARecordedHistoryTheHistoryIsNotCompared() {
        ExpectedOutcome outcome = expected("{\"status\":\"SUCCEEDED\",\"output\":{\"r\":\"ConditionTrue\"}}");
        assertTrue(outcome.mismatches(succeeded("{\"r\":\"ConditionTrue\"}", List.of("Anything")),
                Placeholders.none()).isEmpty());
    }

    @Test
    void errorIsExactAndAnAbsentErrorOrCauseMustBeAbsent() {
        ExpectedOutcome bare = expected("{\"status\":\"FAILED\",\"history_event_types\":"
                + "[\"ExecutionStarted\",\"FailStateEntered\",\"ExecutionFailed\"]}");
        assertTrue(bare.mismatches(failed(null, null, FAIL_HISTORY), Placeholders.none()).isEmpty());
        assertEquals(List.of("error: expected null but was States.Fail", "cause: expected none but was ''"),
                bare.mismatches(failed("States.Fail", "", FAIL_HISTORY), Placeholders.none()));

        ExpectedOutcome named = expected("{\"status\":\"FAILED\",\"error\":\"States.Runtime\",\"cause\":\"c\","
                + "\"history_event_types\":[\"ExecutionStarted\",\"FailStateEntered\",\"ExecutionFailed\"]}");
        assertEquals(List.of("error: expected States.Runtime but was States.runtime"),
                named.mismatches(failed("States.runtime", "c", FAIL_HISTORY), Placeholders.none()));
        assertEquals(List.of("cause: expected 'c' but was none"),
                named.mismatches(failed("States.Runtime", null, FAIL_HISTORY), Placeholders.none()));
    }

    @Test
    void causeGoesThroughThePlaceholdersSharingBindingsWithTheOutput() {
        ExpectedOutcome outcome = expected("{\"status\":\"FAILED\",\"error\":\"E\","
                + "\"cause\":\"state in '<json-input:1>' failed\",\"history_event_types\":[]}");
        assertTrue(outcome.mismatches(failed("E", "state in '{\"a\":1}' failed", List.of()),
                Placeholders.declared(Set.of("<json-input:1>"))).isEmpty());
        assertEquals(1, outcome.mismatches(failed("E", "state in '{\"a\":1}' broke", List.of()),
                Placeholders.declared(Set.of("<json-input:1>"))).size());
        assertEquals(1, outcome.mismatches(failed("E", "state in '{\"a\":1}' failed", List.of()),
                Placeholders.none()).size());
    }
}
