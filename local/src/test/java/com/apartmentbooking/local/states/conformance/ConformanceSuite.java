package com.apartmentbooking.local.states.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns the corpus into dynamic tests, one container per area, and decides each case's verdict
 * against the known-failures list: an unlisted failure fails, a listed failure is skipped with its
 * reason, a listed case that passes fails. In recording mode nothing fails: the run only collects
 * the failures so that the list can be rewritten.
 */
final class ConformanceSuite {
    private final CaseRunner runner;
    private final KnownFailures knownFailures;
    private final boolean recording;
    private final Duration limitPerCase;
    private final AreaTally tally = new AreaTally();
    private final SortedMap<String, String> failures = new TreeMap<>();
    /** Daemon threads: a case that never finishes must not keep the test JVM alive after its limit. */
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "conformance-case");
        thread.setDaemon(true);
        return thread;
    });

    ConformanceSuite(CaseRunner runner, KnownFailures knownFailures, boolean recording, Duration limitPerCase) {
        this.runner = runner;
        this.knownFailures = knownFailures;
        this.recording = recording;
        this.limitPerCase = limitPerCase;
    }

    Stream<DynamicNode> tests(List<ConformanceCase> cases) {
        Map<String, List<ConformanceCase>> byArea = cases.stream()
                .collect(Collectors.groupingBy(ConformanceCase::area, TreeMap::new, Collectors.toList()));
        Stream<DynamicNode> areas = byArea.entrySet().stream()
                .map(area -> DynamicContainer.dynamicContainer(area.getKey(),
                        area.getValue().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c)))));
        Set<String> ids = cases.stream().map(ConformanceCase::id).collect(Collectors.toSet());
        DynamicTest listNamesCases = DynamicTest.dynamicTest("known-failures lists only corpus cases",
                () -> checkListedCasesExist(ids));
        return Stream.concat(areas, Stream.of(listNamesCases));
    }

    AreaTally tally() {
        return tally;
    }

    /** Case id to the first line of its first mismatch, for every case that did not match AWS. */
    synchronized SortedMap<String, String> failures() {
        return new TreeMap<>(failures);
    }

    void check(ConformanceCase conformanceCase) {
        List<String> mismatches;
        Throwable thrown = null;
        try {
            ActualOutcome actual = runWithinLimit(conformanceCase);
            mismatches = conformanceCase.expected().mismatches(actual, conformanceCase.newPlaceholders());
        } catch (Exception | AssertionError e) {
            thrown = e;
            mismatches = List.of("engine: " + e);
        }
        Optional<String> reason = knownFailures.reason(conformanceCase.id());
        Verdict verdict = Verdict.of(mismatches.isEmpty(), reason.isPresent());
        tally.record(conformanceCase.area(), verdict);
        if (!mismatches.isEmpty()) {
            synchronized (this) {
                failures.put(conformanceCase.id(), firstLine(mismatches.get(0)));
            }
        }
        switch (verdict) {
            case PASSED -> {
            }
            case KNOWN_FAILURE -> Assumptions.abort("known failure (" + reason.get() + "); now: "
                    + firstLine(mismatches.get(0)));
            case FAILED -> {
                String message = conformanceCase.name() + " differs from AWS:\n" + String.join("\n", mismatches);
                if (recording) {
                    Assumptions.abort("recorded as a known failure: " + message);
                }
                fail(message, thrown);
            }
            case FIXED_BUT_LISTED -> {
                if (!recording) {
                    fail(conformanceCase.id() + " matches AWS now but known-failures.txt lists it ("
                            + reason.get() + "): remove its line");
                }
            }
        }
    }

    private ActualOutcome runWithinLimit(ConformanceCase conformanceCase) throws Exception {
        CompletableFuture<ActualOutcome> run = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                run.complete(runner.run(conformanceCase));
            } catch (Throwable t) {
                run.completeExceptionally(t);
            }
        });
        try {
            return run.get(limitPerCase.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("did not finish within " + limitPerCase.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void checkListedCasesExist(Set<String> corpusIds) {
        List<String> unknown = new ArrayList<>(knownFailures.entries().keySet());
        unknown.removeAll(corpusIds);
        if (!unknown.isEmpty() && !recording) {
            fail("known-failures.txt lists cases the corpus does not have: " + unknown);
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
