package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class data cache keeps its newest archives and code copies, and whatever was written lately; the rest,
 * and old leftovers of writes that never finished, go when a runtime starts.
 */
class ClassDataCacheBoundTest {

    private static final Instant NOW = Instant.now();

    @TempDir
    Path cache;

    private Path file(String folder, String name, Duration age) throws IOException {
        Path file = Files.createDirectories(cache.resolve(folder)).resolve(name);
        Files.writeString(file, name);
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
        return file;
    }

    private List<String> left(String folder) throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve(folder))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void keepsTheNewestFilesAndWhatWasWrittenLately() throws Exception {
        List<String> expected = new ArrayList<>();
        for (int hour = 2; hour < 2 + ClassDataArchives.KEPT_FILES + 4; hour++) {
            String name = String.format("old-%02d.jsa", hour);
            file("archives", name, Duration.ofHours(hour));
            if (hour < 2 + ClassDataArchives.KEPT_FILES - 3) {
                expected.add(name);
            }
        }
        for (int minute = 1; minute <= 3; minute++) {
            Path recent = file("archives", "new-" + minute + ".jsa", Duration.ofMinutes(minute));
            expected.add(recent.getFileName().toString());
        }
        file("archives", "old.partial.temp", Duration.ofHours(2));
        expected.add(file("archives", "new.partial.temp", Duration.ofMinutes(5)).getFileName().toString());
        file("archives", "old.classlist", Duration.ofHours(2));
        expected.add(file("archives", "new.classlist", Duration.ofMinutes(5)).getFileName().toString());

        ClassDataArchives.in(cache);

        assertEquals(expected.stream().sorted().toList(), left("archives"));
    }

    @Test
    void boundsTheCodeCopiesTheSameWay() throws Exception {
        for (int hour = 2; hour < 2 + ClassDataArchives.KEPT_FILES + 2; hour++) {
            file("code", String.format("copy-%02d.jar", hour), Duration.ofHours(hour));
        }

        ClassDataArchives.in(cache);

        List<String> left = left("code");
        assertEquals(ClassDataArchives.KEPT_FILES, left.size());
        assertEquals("copy-02.jar", left.get(0));
        assertEquals(String.format("copy-%02d.jar", 1 + ClassDataArchives.KEPT_FILES), left.get(left.size() - 1));
    }
}
