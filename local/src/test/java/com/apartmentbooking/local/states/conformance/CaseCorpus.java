package com.apartmentbooking.local.states.conformance;

import com.apartmentbooking.local.RecordedAws;
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
        return RecordedAws.path("sfn/cases");
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
