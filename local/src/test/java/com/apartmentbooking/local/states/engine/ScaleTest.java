package com.apartmentbooking.local.states.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Waiting executions cost memory, not threads: ten thousand of them on a pool of two. */
class ScaleTest {
    private static final int EXECUTIONS = 10_000;

    @Test
    void tenThousandWaitingExecutionsShareTwoThreads() {
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        try (EngineHarness harness = new EngineHarness()) {
            List<ExecutionHandle> executions = new ArrayList<>();
            for (int i = 0; i < EXECUTIONS; i++) {
                executions.add(harness.engine.start("""
                        {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 900, "Next": "P"},
                          "P": {"Type": "Pass", "End": true}}}""", "execution-" + i, "{\"n\": " + i + "}"));
            }
            harness.engine.awaitSettled();

            int threadsWaiting = ManagementFactory.getThreadMXBean().getThreadCount();
            assertTrue(threadsWaiting - threadsBefore <= 2,
                    "threads before " + threadsBefore + ", while waiting " + threadsWaiting);
            // Each waits on two timers: its Wait state's and its execution's one-year limit.
            assertEquals(2 * EXECUTIONS, harness.clock.pendingTimers());
            assertTrue(executions.stream().allMatch(execution -> execution.status() == ExecutionStatus.RUNNING));

            harness.advance(Duration.ofSeconds(900));

            assertTrue(executions.stream().allMatch(execution -> execution.status() == ExecutionStatus.SUCCEEDED));
            assertEquals("{\"n\":9999}", executions.get(EXECUTIONS - 1).output());
        }
    }
}
