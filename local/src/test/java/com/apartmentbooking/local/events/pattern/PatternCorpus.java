package com.apartmentbooking.local.events.pattern;

import com.apartmentbooking.local.RecordedAws;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * The EventBridge pattern corpus recorded on AWS, as dynamic tests of a matcher: the pattern library itself, or
 * the TestEventPattern API over the wire. The request strings are the recorded {@code event_json}/{@code
 * pattern_json}, because re-serialising would change number texts and a duplicate key that AWS saw (corpus README).
 *
 * <p>Each case is checked for its verdict: match, no-match, or the error code and the first line of the
 * error text. Where AWS's text had parser location lines, a second check ({@code <case>:full-text})
 * compares the whole text; it is separate because the corpus calls that part optional, so a difference
 * there must not hide the verdict.
 *
 * <p>Checks that cannot pass are listed with a reason in {@code eventbridge/known-failures.txt}: a listed
 * check that fails is skipped, a listed check that passes fails so the list cannot go stale.
 */
public final class PatternCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FOLDERS = List.of("cases", "extra");
    private static final String FULL_TEXT = ":full-text";

    /** What a matcher answered: a verdict, or an error with its code and full text. */
    public record Outcome(Boolean matched, String errorCode, String errorMessage) {
        public static Outcome verdict(boolean matched) {
            return new Outcome(matched, null, null);
        }

        public static Outcome error(String code, String message) {
            return new Outcome(null, code, message);
        }
    }

    /** The matcher under test. */
    @FunctionalInterface
    public interface Matcher {
        Outcome test(String eventJson, String patternJson);
    }

    private final Matcher matcher;
    private final Map<String, AtomicInteger> passed = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> total = new LinkedHashMap<>();

    public PatternCorpus(Matcher matcher) {
        this.matcher = matcher;
    }

    /** One container per corpus folder, one test per check. */
    public Stream<DynamicNode> checks() throws IOException {
        Path corpus = RecordedAws.path("eventbridge");
        Map<String, String> knownFailures = knownFailures();
        List<DynamicNode> folders = new ArrayList<>();
        for (String folder : FOLDERS) {
            List<DynamicNode> checks = new ArrayList<>();
            for (Path file : files(corpus.resolve(folder))) {
                String id = folder + "/" + file.getFileName().toString().replaceFirst("\\.json$", "");
                JsonNode recorded = JSON.readTree(file.toFile());
                checks.add(check(id, "verdicts", recorded, this::checkVerdict, knownFailures));
                if (recorded.hasNonNull("error_message_raw")) {
                    checks.add(check(id + FULL_TEXT, "full error texts", recorded, this::checkFullText, knownFailures));
                }
            }
            folders.add(DynamicContainer.dynamicContainer(folder, checks));
        }
        return folders.stream();
    }

    /** Prints how many checks of each kind passed, after the tests ran. */
    public void printCounts(String title) {
        total.forEach((kind, count) -> System.out.printf("%s, %s: %d/%d passed%n",
                title, kind, passed.get(kind).get(), count.get()));
    }

    private DynamicTest check(String id, String kind, JsonNode recorded, Consumer<JsonNode> assertion,
            Map<String, String> knownFailures) {
        String counter = id.substring(0, id.indexOf('/')) + " " + kind;
        total.computeIfAbsent(counter, k -> new AtomicInteger()).incrementAndGet();
        passed.computeIfAbsent(counter, k -> new AtomicInteger());
        return DynamicTest.dynamicTest(id, () -> {
            AssertionError failure = null;
            try {
                assertion.accept(recorded);
            } catch (AssertionError e) {
                failure = e;
            }
            String reason = knownFailures.get(id);
            if (reason == null) {
                if (failure != null) {
                    throw failure;
                }
                passed.get(counter).incrementAndGet();
            } else if (failure == null) {
                fail(id + " is listed in known-failures.txt but passes; remove it from the list");
            } else {
                Assumptions.abort("known failure (" + reason + "): " + failure.getMessage());
            }
        });
    }

    private Outcome outcome(JsonNode recorded) {
        return matcher.test(recorded.get("event_json").asText(), recorded.get("pattern_json").asText());
    }

    private void checkVerdict(JsonNode recorded) {
        Outcome outcome = outcome(recorded);
        if (outcome.errorCode() != null) {
            checkError(recorded, outcome.errorCode(), outcome.errorMessage());
            return;
        }
        assertEquals(recorded.get("expected").asText(), outcome.matched() ? "match" : "no-match", "verdict");
    }

    /** The corpus's error_message is the first line of AWS's text (README "message convention"). */
    private static void checkError(JsonNode recorded, String code, String message) {
        assertEquals("invalid", recorded.get("expected").asText(), "verdict, got " + code + ": " + message);
        assertEquals(recorded.get("error_code").asText(), code, "error code");
        assertEquals(recorded.get("error_message").asText(), message.lines().findFirst().orElse(""), "error text");
    }

    private void checkFullText(JsonNode recorded) {
        Outcome outcome = outcome(recorded);
        if (outcome.errorCode() == null) {
            throw new AssertionError("expected " + recorded.get("error_code").asText() + ", got a verdict");
        }
        assertEquals(recorded.get("error_message_raw").asText(), outcome.errorMessage(), "full error text");
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** "folder/case[:full-text] reason" per line; blank lines and lines starting with '#' are ignored. */
    private static Map<String, String> knownFailures() throws IOException {
        Map<String, String> reasons = new LinkedHashMap<>();
        try (InputStream in = PatternCorpus.class.getResourceAsStream("/eventbridge/known-failures.txt")) {
            if (in == null) {
                return reasons;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+", 2);
                reasons.put(parts[0], parts.length > 1 ? parts[1] : "no reason given");
            }
        }
        return reasons;
    }
}
