package com.apartmentbooking.local.states.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The conformance suite of issue #3: every AWS-recorded case of conformance/sfn (test resources) run
 * through the engine and compared with what AWS did, one dynamic test per case, grouped by area,
 * with a table of pass counts per area at the end.
 *
 * <p>{@code -Dconformance.record=true} runs the cases without failing and rewrites
 * src/test/resources/conformance/known-failures.txt with the cases that fail now, for review.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatesConformanceTest {
    /** Far above any case's real run time; only an engine that loops or hangs reaches it. */
    private static final Duration LIMIT_PER_CASE = Duration.ofSeconds(30);
    private static final Path KNOWN_FAILURES_SOURCE = Path.of("src", "test", "resources", "conformance",
            "known-failures.txt");

    private final boolean recording = Boolean.getBoolean("conformance.record");
    private final ConformanceSuite suite =
            new ConformanceSuite(new EngineCaseRunner(), readKnownFailures(), recording, LIMIT_PER_CASE);

    @TestFactory
    Stream<DynamicNode> awsRecordedCases() {
        return suite.tests(CaseCorpus.load(CaseCorpus.casesDirectory()));
    }

    @AfterAll
    void report() throws IOException {
        System.out.println("Step Functions conformance against the AWS-recorded corpus:");
        System.out.print(suite.tally().table());
        if (recording) {
            Path file = moduleDirectory().resolve(KNOWN_FAILURES_SOURCE);
            Files.write(file, KnownFailures.render(suite.failures()), StandardCharsets.UTF_8);
            System.out.println("Recorded " + suite.failures().size() + " known failures in " + file);
        }
    }

    private static KnownFailures readKnownFailures() {
        try (InputStream in = StatesConformanceTest.class.getResourceAsStream(KnownFailures.RESOURCE)) {
            if (in == null) {
                return KnownFailures.parse(List.of());
            }
            return KnownFailures.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire sets basedir to the module; a run from an IDE starts in it. */
    private static Path moduleDirectory() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    }
}
