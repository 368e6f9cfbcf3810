package com.apartmentbooking.local.states.conformance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ConformanceSuiteTest {
    private static final List<String> HISTORY =
            List.of("ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
    private static final Duration LIMIT = Duration.ofSeconds(5);

    /** A scripted engine: every case's output is the value of its input's "answer" member. */
    private static final CaseRunner ECHO = c -> new ActualOutcome("SUCCEEDED", c.input().get("answer"), null, null,
            HISTORY);

    private static ConformanceCase conformanceCase(String area, String id, int answer) {
        ExpectedOutcome expected = new ExpectedOutcome("SUCCEEDED", ConformanceJson.parse("1"), null, null, HISTORY);
        return new ConformanceCase(id, area + "/" + id, area, ConformanceJson.parse("{}"),
                ConformanceJson.parse("{\"answer\":" + answer + "}"), expected, Set.of());
    }

    private static ConformanceSuite suite(CaseRunner runner, String knownFailures, boolean recording) {
        return new ConformanceSuite(runner, KnownFailures.parse(knownFailures.lines().toList()), recording, LIMIT);
    }

    @Test
    void aMatchingUnlistedCasePasses() {
        ConformanceSuite suite = suite(ECHO, "", false);
        assertDoesNotThrow(() -> suite.check(conformanceCase("base", "base__ok", 1)));
        assertEquals(1, suite.tally().count("base", Verdict.PASSED));
        assertTrue(suite.failures().isEmpty());
    }

    @Test
    void anUnlistedMismatchFailsWithEveryDifference() {
        ConformanceSuite suite = suite(ECHO, "", false);
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> suite.check(conformanceCase("base", "base__wrong", 2)));
        assertEquals("base/base__wrong differs from AWS:\noutput $: expected 1 but was 2", failure.getMessage());
        assertEquals(Map.of("base__wrong", "output $: expected 1 but was 2"), suite.failures());
        assertEquals(1, suite.tally().count("base", Verdict.FAILED));
    }

    @Test
    void aListedMismatchIsSkippedWithItsReason() {
        ConformanceSuite suite = suite(ECHO, "base__wrong  engine lacks X", false);
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> suite.check(conformanceCase("base", "base__wrong", 2)));
        assertEquals("known failure (engine lacks X); now: output $: expected 1 but was 2", skipped.getMessage());
        assertEquals(1, suite.tally().count("base", Verdict.KNOWN_FAILURE));
    }

    @Test
    void aListedCaseThatPassesFailsSoTheListShrinks() {
        ConformanceSuite suite = suite(ECHO, "base__ok  engine lacks X", false);
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> suite.check(conformanceCase("base", "base__ok", 1)));
        assertEquals("base__ok matches AWS now but known-failures.txt lists it (engine lacks X): remove its line",
                failure.getMessage());
        assertEquals(1, suite.tally().count("base", Verdict.FIXED_BUT_LISTED));
    }

    @Test
    void recordingNeverFailsButCollectsTheFailures() {
        ConformanceSuite suite = suite(ECHO, "base__ok  old reason", true);
        assertThrows(TestAbortedException.class, () -> suite.check(conformanceCase("base", "base__wrong", 2)));
        assertDoesNotThrow(() -> suite.check(conformanceCase("base", "base__ok", 1)));
        assertEquals(Map.of("base__wrong", "output $: expected 1 but was 2"), suite.failures());
    }

    @Test
    void anEngineExceptionIsAFailureWithItsCause() {
        IllegalStateException boom = new IllegalStateException("unsupported state type");
        ConformanceSuite suite = suite(c -> {
            throw boom;
        }, "", false);
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> suite.check(conformanceCase("base", "base__throws", 1)));
        assertEquals(boom, failure.getCause());
        assertEquals(Map.of("base__throws", "engine: java.lang.IllegalStateException: unsupported state type"),
                suite.failures());
    }

    @Test
    void aCaseThatNeverFinishesFailsAtTheLimit() {
        CountDownLatch never = new CountDownLatch(1);
        ConformanceSuite suite = new ConformanceSuite(c -> {
            never.await();
            return null;
        }, KnownFailures.parse(List.of()), false, Duration.ofMillis(100));
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> suite.check(conformanceCase("base", "base__hangs", 1)));
        assertTrue(failure.getMessage().endsWith("engine: java.lang.AssertionError: did not finish within 100 ms"),
                failure.getMessage());
    }

    @Test
    void groupsCasesByAreaAndChecksTheListNamesRealCases() throws Throwable {
        ConformanceSuite suite = suite(ECHO, "scenarios__gone  was removed", false);
        List<DynamicNode> nodes = suite.tests(List.of(conformanceCase("scenarios", "scenarios__b", 1),
                conformanceCase("base", "base__a", 1), conformanceCase("scenarios", "scenarios__a", 1))).toList();
        assertEquals(List.of("base", "scenarios", "known-failures lists only corpus cases"),
                nodes.stream().map(DynamicNode::getDisplayName).toList());
        assertEquals(List.of("scenarios__b", "scenarios__a"), ((DynamicContainer) nodes.get(1)).getChildren()
                .map(DynamicNode::getDisplayName).toList());
        DynamicTest listCheck = assertInstanceOf(DynamicTest.class, nodes.get(2));
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> listCheck.getExecutable().execute());
        assertEquals("known-failures.txt lists cases the corpus does not have: [scenarios__gone]", failure.getMessage());
    }

    @Test
    void theTallyTableHasARowPerAreaAndATotal() {
        ConformanceSuite suite = suite(ECHO, "", false);
        suite.check(conformanceCase("base", "base__ok", 1));
        assertThrows(AssertionFailedError.class, () -> suite.check(conformanceCase("assign", "assign__wrong", 3)));
        List<String> rows = suite.tally().table().lines().toList();
        assertEquals("area                    cases  passed  known  failing  fixed*  pass %", rows.get(0));
        assertEquals("assign                      1       0      0        1       0     0.0", rows.get(1));
        assertEquals("base                        1       1      0        0       0   100.0", rows.get(2));
        assertEquals("TOTAL                       2       1      0        1       0    50.0", rows.get(3));
    }
}
