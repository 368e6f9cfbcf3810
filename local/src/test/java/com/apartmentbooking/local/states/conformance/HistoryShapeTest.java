package com.apartmentbooking.local.states.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryShapeTest {

    private static HistoryShape shape(String events) {
        return HistoryShape.of(Arrays.asList(events.trim().split("\\s+")));
    }

    @Test
    void withoutRegionsTheShapeIsTheSequence() {
        assertEquals("ExecutionStarted PassStateEntered PassStateExited ExecutionSucceeded",
                shape("ExecutionStarted PassStateEntered PassStateExited ExecutionSucceeded").toString());
        assertNotEquals(shape("ExecutionStarted PassStateEntered PassStateExited ExecutionSucceeded"),
                shape("ExecutionStarted PassStateExited PassStateEntered ExecutionSucceeded"));
    }

    @Test
    void parallelBranchesMayInterleaveInAnyOrder() {
        HistoryShape aws = shape("ExecutionStarted ParallelStateEntered ParallelStateStarted"
                + " PassStateEntered PassStateEntered PassStateExited PassStateExited"
                + " ParallelStateExited ExecutionSucceeded");
        HistoryShape sequential = shape("ExecutionStarted ParallelStateEntered ParallelStateStarted"
                + " PassStateEntered PassStateExited PassStateEntered PassStateExited"
                + " ParallelStateExited ExecutionSucceeded");
        assertEquals(aws, sequential);
        assertEquals("ExecutionStarted ParallelStateEntered ParallelStateStarted"
                + " ParallelRegion{PassStateEntered x2, PassStateExited x2} ParallelStateExited ExecutionSucceeded",
                aws.toString());
    }

    @Test
    void mapRegionEndsAtTheMapsOutcomeAndWhatFollowsStaysOrdered() {
        String map = "ExecutionStarted MapStateEntered MapStateStarted"
                + " MapIterationStarted PassStateEntered PassStateExited MapIterationSucceeded"
                + " MapIterationStarted PassStateEntered PassStateExited MapIterationSucceeded"
                + " MapStateSucceeded MapStateExited ";
        assertEquals(shape(map + "PassStateEntered PassStateExited ExecutionSucceeded"),
                shape("ExecutionStarted MapStateEntered MapStateStarted"
                        + " MapIterationStarted MapIterationStarted PassStateEntered PassStateEntered"
                        + " PassStateExited MapIterationSucceeded PassStateExited MapIterationSucceeded"
                        + " MapStateSucceeded MapStateExited PassStateEntered PassStateExited ExecutionSucceeded"));
        assertNotEquals(shape(map + "PassStateEntered PassStateExited ExecutionSucceeded"),
                shape(map + "PassStateExited PassStateEntered ExecutionSucceeded"));
    }

    @Test
    void eventsCannotMoveAcrossTheRegionBoundary() {
        assertNotEquals(
                shape("MapStateStarted MapIterationStarted MapIterationSucceeded MapStateSucceeded MapStateExited"),
                shape("MapStateStarted MapIterationStarted MapStateSucceeded MapIterationSucceeded MapStateExited"));
    }

    @Test
    void aMissingOrExtraEventInsideARegionIsADifference() {
        assertNotEquals(shape("ParallelStateStarted PassStateEntered PassStateExited ParallelStateExited"),
                shape("ParallelStateStarted PassStateEntered ParallelStateExited"));
        assertNotEquals(shape("ParallelStateStarted PassStateEntered PassStateExited ParallelStateExited"),
                shape("ParallelStateStarted PassStateEntered PassStateExited PassStateExited ParallelStateExited"));
    }

    @Test
    void nestedOutcomeEventsDoNotCloseTheOuterRegionWhateverTheInterleaving() {
        // Two Map iterations, the first holds a Parallel that fails and is caught inside the iteration.
        String first = "MapIterationStarted ParallelStateEntered ParallelStateStarted FailStateEntered"
                + " ParallelStateFailed ParallelStateExited PassStateEntered PassStateExited MapIterationSucceeded";
        String second = "MapIterationStarted PassStateEntered PassStateExited MapIterationSucceeded";
        HistoryShape firstThenSecond = shape("MapStateEntered MapStateStarted " + first + " " + second
                + " MapStateSucceeded MapStateExited ExecutionSucceeded");
        HistoryShape interleaved = shape("MapStateEntered MapStateStarted MapIterationStarted MapIterationStarted"
                + " ParallelStateEntered PassStateEntered ParallelStateStarted PassStateExited FailStateEntered"
                + " MapIterationSucceeded ParallelStateFailed ParallelStateExited PassStateEntered PassStateExited"
                + " MapIterationSucceeded MapStateSucceeded MapStateExited ExecutionSucceeded");
        assertEquals(firstThenSecond, interleaved);
        assertEquals(List.of("MapStateEntered", "MapStateStarted", "MapRegion", "MapStateSucceeded", "MapStateExited",
                "ExecutionSucceeded"), firstThenSecond.segments().stream().map(HistoryShapeTest::label).toList());
    }

    @Test
    void nestedMapsOfTheSameKindCountDepth() {
        HistoryShape nested = shape("MapStateStarted MapIterationStarted MapStateEntered MapStateStarted"
                + " MapIterationStarted MapIterationSucceeded MapStateSucceeded MapStateExited MapIterationSucceeded"
                + " MapStateSucceeded MapStateExited ExecutionSucceeded");
        assertEquals(List.of("MapStateStarted", "MapRegion", "MapStateSucceeded", "MapStateExited",
                "ExecutionSucceeded"), nested.segments().stream().map(HistoryShapeTest::label).toList());
    }

    @Test
    void eachAttemptOfARetriedStateIsItsOwnRegion() {
        HistoryShape retried = shape("ExecutionStarted ParallelStateEntered ParallelStateStarted FailStateEntered"
                + " ParallelStateStarted FailStateEntered ParallelStateFailed ExecutionFailed");
        assertEquals("ExecutionStarted ParallelStateEntered ParallelStateStarted"
                + " ParallelRegion{FailStateEntered} ParallelStateStarted ParallelRegion{FailStateEntered}"
                + " ParallelStateFailed ExecutionFailed", retried.toString());
        HistoryShape mapRetried = shape("MapStateStarted MapIterationStarted FailStateEntered MapIterationFailed"
                + " MapStateStarted MapIterationStarted FailStateEntered MapIterationFailed MapStateFailed"
                + " ExecutionFailed");
        assertEquals("MapStateStarted MapRegion{FailStateEntered, MapIterationFailed, MapIterationStarted}"
                + " MapStateStarted MapRegion{FailStateEntered, MapIterationFailed, MapIterationStarted}"
                + " MapStateFailed ExecutionFailed", mapRetried.toString());
    }

    @Test
    void aRegionLeftOpenEndsBeforeTheExecutionsOwnEvent() {
        assertEquals("ExecutionStarted MapStateEntered MapStateStarted MapRegion{} ExecutionFailed",
                shape("ExecutionStarted MapStateEntered MapStateStarted ExecutionFailed").toString());
        // The nested Parallel fails without an Exited, so the Map's own MapStateFailed is at depth 1.
        assertEquals("MapStateStarted MapRegion{FailStateEntered, MapIterationFailed, MapIterationStarted,"
                        + " MapStateFailed, ParallelStateEntered, ParallelStateFailed, ParallelStateStarted}"
                        + " ExecutionFailed",
                shape("MapStateStarted MapIterationStarted ParallelStateEntered ParallelStateStarted"
                        + " FailStateEntered ParallelStateFailed MapIterationFailed MapStateFailed ExecutionFailed")
                        .toString());
    }

    private static String label(HistoryShape.Segment segment) {
        return segment instanceof HistoryShape.Region region ? region.kind() + "Region" : segment.toString();
    }
}
