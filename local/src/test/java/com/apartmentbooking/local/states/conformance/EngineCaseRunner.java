package com.apartmentbooking.local.states.conformance;

import com.apartmentbooking.local.states.engine.ExecutionDescription;
import com.apartmentbooking.local.states.engine.ExecutionHandle;
import com.apartmentbooking.local.states.engine.StatesEngine;
import com.apartmentbooking.local.states.engine.history.EventTypes;
import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import com.apartmentbooking.local.clock.ControllableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Runs a case through {@link StatesEngine} on a controllable clock: whenever the execution has
 * nothing left to do but wait, the clock jumps to the next timer, so Wait states and retry
 * back-offs take no real time. Each case gets its own engine, so no execution name, cached
 * definition or variable can leak from one case into another.
 */
final class EngineCaseRunner implements CaseRunner {
    /** A fixed start keeps timestamps reproducible; any instant would do. */
    private static final Instant START = Instant.parse("2024-06-01T12:00:00Z");
    private static final String EXECUTION_NAME = "conformance-execution";
    /** Only for the commit of the end after the last step; the steps themselves have run by then. */
    private static final Duration COMPLETION_WAIT = Duration.ofSeconds(10);
    /**
     * AWS emits ParallelStateSucceeded, but the tool that recorded the corpus rewrote every history
     * around Parallel states and removed those events (no recorded case has one, while failures keep
     * their ParallelStateFailed). The engine behaves like AWS; the comparison sees what the recorder kept.
     */
    private static final Set<String> REMOVED_BY_RECORDER = Set.of(EventTypes.PARALLEL_STATE_SUCCEEDED);

    @Override
    public ActualOutcome run(ConformanceCase conformanceCase) throws InterruptedException, TimeoutException {
        ControllableClock clock = new ControllableClock(START);
        try (StatesEngine engine = StatesEngine.builder().clock(clock).build()) {
            ExecutionHandle execution = engine.start(ConformanceJson.write(conformanceCase.definition()),
                    EXECUTION_NAME, ConformanceJson.write(conformanceCase.input()));
            while (!execution.isDone() && clock.advanceToNextTimer()) {
                // Each turn fires the next due timer and lets the work it started settle.
            }
            if (!execution.isDone()) {
                throw new IllegalStateException("the execution is " + execution.status()
                        + " with no timer pending: it can never finish");
            }
            ExecutionDescription description = execution.await(COMPLETION_WAIT);
            List<String> types = execution.history().stream().map(HistoryEvent::type)
                    .filter(type -> !REMOVED_BY_RECORDER.contains(type)).toList();
            return new ActualOutcome(description.status().name(),
                    description.output() == null ? null : ConformanceJson.parse(description.output()),
                    description.error(), description.cause(), types);
        }
    }
}
