package com.apartmentbooking.local.lambda;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What one instance does with class data archives: maps one ({@code -XX:SharedArchiveFile}), records one
 * ({@code -XX:+RecordDynamicDumpInfo}, then writes it when first idle), or neither.
 *
 * <p>The archive is written from inside the instance once it has nothing to do, so it holds what the instance
 * loaded to start and, when it was started for an invocation, to run it; and so the dump, which pauses the
 * instance, delays no invocation it was given.
 */
final class ClassDataUse {

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
     * Records an archive named {@code <archivePrefix>-<checksum>.jsa}; {@code released} runs when the instance
     * is gone, so another may record if this one did not. The JVM's CDS warnings about classes it leaves out
     * are kept out of the function's log.
     */
    static ClassDataUse recording(String archivePrefix, Runnable released) {
        return new ClassDataUse(List.of("-XX:+RecordDynamicDumpInfo", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                archivePrefix, released);
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
