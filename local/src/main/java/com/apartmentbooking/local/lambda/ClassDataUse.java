package com.apartmentbooking.local.lambda;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What one instance does with class data archives: maps one ({@code -XX:SharedArchiveFile}), records one
 * ({@code -XX:DumpLoadedClassList}, then has it dumped when first idle), or neither.
 *
 * <p>The archive is written once the instance has nothing to do, so it holds what the instance loaded to start
 * and, when it was started for an invocation, to run it; and so the dump, another JVM's work of a few seconds,
 * delays no invocation it was given.
 */
final class ClassDataUse {

    /** How the class lists of recording instances end; temporary files of the cache, like partial archives. */
    static final String CLASS_LIST_SUFFIX = ".classlist";

    static final ClassDataUse NONE = new ClassDataUse(List.of(), null, () -> { });

    private final List<String> jvmOptions;
    private final String archivePrefix;
    private final Runnable released;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();

    private ClassDataUse(List<String> jvmOptions, String archivePrefix, Runnable released) {
        this.jvmOptions = jvmOptions;
        this.archivePrefix = archivePrefix;
        this.released = released;
    }

    static ClassDataUse mapping(Path archive) {
        return new ClassDataUse(List.of("-XX:SharedArchiveFile=" + archive), null, () -> { });
    }

    /**
     * Records an archive named {@code <archivePrefix>-<checksum>.jsa}: the instance lists the classes it loads in
     * {@code <archivePrefix>.<random>.classlist}, removed once it is gone, and dumps them when asked
     * ({@link com.apartmentbooking.local.lambda.bootstrap.ClassDataDump}). {@code released} runs when the instance
     * is gone, so another may record if this one did not.
     */
    static ClassDataUse recording(String archivePrefix, Runnable released) {
        Path classList = Path.of(archivePrefix + "." + UUID.randomUUID() + CLASS_LIST_SUFFIX);
        return new ClassDataUse(List.of("-XX:DumpLoadedClassList=" + classList), archivePrefix, () -> {
            try {
                Files.deleteIfExists(classList);
            } catch (IOException e) {
                // The cache's clean-up removes it with other old temporary files.
            }
            released.run();
        });
    }

    List<String> jvmOptions() {
        return jvmOptions;
    }

    /**
     * Asks the instance, through its stdin, to write its archive now; once, and only when it records. A process
     * not yet known (its first poll can come before its launch returned) is asked on its next wait.
     */
    void requestArchive(Process instance) {
        if (archivePrefix == null || instance == null || !requested.compareAndSet(false, true)) {
            return;
        }
        try {
            OutputStream in = instance.getOutputStream();
            in.write((archivePrefix + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            // The instance is gone; the next one records.
        }
    }

    /** Whether the instance records an archive. */
    boolean records() {
        return archivePrefix != null;
    }

    /** The instance is gone. */
    void ended() {
        if (ended.compareAndSet(false, true)) {
            released.run();
        }
    }
}
