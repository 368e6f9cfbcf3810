package com.apartmentbooking.local.states.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the AWS-recorded cases beside the repository. They are read where they lie, at test time,
 * and never copied into the repository: the corpus has its own provenance and licence.
 */
final class CaseCorpus {
    private CaseCorpus() {
    }

    static Path casesDirectory() {
        String shared = System.getProperty("shared.dir");
        if (shared == null) {
            throw new IllegalStateException(
                    "system property shared.dir is not set; the parent pom's surefire configuration sets it");
        }
        Path cases = Path.of(shared, "conformance", "sfn", "cases");
        if (!Files.isDirectory(cases)) {
            throw new IllegalStateException("no conformance cases at " + cases.toAbsolutePath());
        }
        return cases;
    }

    static List<ConformanceCase> load(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .map(ConformanceCase::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
