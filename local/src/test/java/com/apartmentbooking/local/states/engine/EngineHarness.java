package com.apartmentbooking.local.states.engine;

import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import com.apartmentbooking.local.states.engine.store.ExecutionStore;
import com.apartmentbooking.local.states.engine.store.InMemoryExecutionStore;
import com.apartmentbooking.local.states.engine.task.TestIntegrations;
import com.apartmentbooking.local.clock.ControllableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * An engine on a controllable clock with the test integrations, and the small helpers the engine
 * tests share. Time moves only when a test advances it, so timings are asserted exactly.
 */
final class EngineHarness implements AutoCloseable {
    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    static final ObjectMapper MAPPER = new ObjectMapper();

    final ControllableClock clock = new ControllableClock(T0);
    final TestIntegrations integrations = new TestIntegrations();
    final ExecutorService executor = Executors.newFixedThreadPool(2);
    final StatesEngine engine;
    private final AtomicInteger names = new AtomicInteger();

    EngineHarness() {
        this(new InMemoryExecutionStore());
    }

    EngineHarness(ExecutionStore store) {
        this.engine = StatesEngine.builder().clock(clock).executor(executor).store(store)
                .integrations(integrations.registry()).build();
    }

    /** Starts an execution and lets it run as far as it can without time passing. */
    ExecutionHandle start(String definition, String input) {
        ExecutionHandle execution = engine.start(definition, "execution-" + names.incrementAndGet(), input);
        engine.awaitSettled();
        return execution;
    }

    /** Starts an execution and runs it to its end, moving the clock from timer to timer. */
    ExecutionHandle run(String definition, String input) {
        ExecutionHandle execution = start(definition, input);
        return finish(execution);
    }

    ExecutionHandle finish(ExecutionHandle execution) {
        while (!execution.isDone() && clock.advanceToNextTimer()) {
            engine.awaitSettled();
        }
        try {
            execution.await(Duration.ofSeconds(10));
        } catch (InterruptedException | TimeoutException notDone) {
            throw new AssertionError("The execution did not end: " + types(execution), notDone);
        }
        return execution;
    }

    void advance(Duration duration) {
        clock.advance(duration);
        engine.awaitSettled();
    }

    static List<String> types(ExecutionHandle execution) {
        return execution.history().stream().map(HistoryEvent::type).collect(Collectors.toList());
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception invalid) {
            throw new IllegalArgumentException(invalid);
        }
    }

    /** The first event of {@code type}. */
    static HistoryEvent event(ExecutionHandle execution, String type) {
        return execution.history().stream().filter(event -> event.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + type + " in " + types(execution)));
    }

    /** Seconds since the execution started at which each event of {@code type} happened. */
    static List<Long> secondsOf(ExecutionHandle execution, String type) {
        Instant start = execution.startDate();
        return execution.history().stream().filter(event -> event.type().equals(type))
                .map(event -> Duration.between(start, event.timestamp()).toSeconds()).collect(Collectors.toList());
    }

    @Override
    public void close() {
        engine.close();
        executor.shutdownNow();
    }
}
