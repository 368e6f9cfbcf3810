package com.apartmentbooking.local.states.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryComparisonTest {

    @Test
    void equalShapesHaveNoDifference() {
        assertTrue(HistoryComparison.difference(
                List.of("ParallelStateStarted", "A", "B", "ParallelStateExited"),
                List.of("ParallelStateStarted", "B", "A", "ParallelStateExited")).isEmpty());
    }

    @Test
    void namesTheFirstStepThatDiffersAndShowsBothShapes() {
        Optional<String> difference = HistoryComparison.difference(
                List.of("ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"),
                List.of("ExecutionStarted", "PassStateEntered", "ExecutionFailed"));
        assertEquals(Optional.of("history: at step 3 expected PassStateExited but was ExecutionFailed"
                + "\n  expected history: ExecutionStarted PassStateEntered PassStateExited ExecutionSucceeded"
                + "\n  actual history:   ExecutionStarted PassStateEntered ExecutionFailed"), difference);
    }

    @Test
    void aShorterHistoryEndsEarly() {
        assertEquals("history: at step 2 expected ExecutionSucceeded but was the end of the history",
                HistoryComparison.difference(List.of("ExecutionStarted", "ExecutionSucceeded"),
                        List.of("ExecutionStarted")).orElseThrow().lines().findFirst().orElseThrow());
    }
}
