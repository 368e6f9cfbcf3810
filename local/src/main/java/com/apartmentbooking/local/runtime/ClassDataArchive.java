package com.apartmentbooking.local.runtime;

import com.apartmentbooking.local.lambda.bootstrap.ClassDataDump;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Makes a class data archive (AppCDS) of the classes the runtime has loaded, when its JVM was started to record
 * one: {@code -XX:DumpLoadedClassList=<file>}, which lists each class as it loads, and the system property
 * {@value #PROPERTY} naming the archive, as run-local.sh starts it when it has no archive for this build and this
 * Java. Later starts map the archive ({@code -XX:SharedArchiveFile}) instead of reading and verifying each class.
 *
 * <p>The archive is a static one, dumped from the list by another JVM ({@link ClassDataDump}). Java 17's dump of
 * a running JVM ({@code jcmd VM.cds dynamic_dump}) left out the classes not yet linked, 692 of those loaded here.
 *
 * <p>The archive is written beside its name and moved there once complete: a JVM that maps a truncated archive
 * crashes, so a start must never find half of one (after a kill -9 during the recording, say).
 */
final class ClassDataArchive {

    /** The system property naming the archive to record. */
    static final String PROPERTY = "apartmentbooking.local.classArchive";

    private ClassDataArchive() {
    }

    /**
     * Records the archive {@value #PROPERTY} names, if any: once the runtime is ready and before it says so, so the
     * lines it prints stay in one order. A failure costs later starts their speed only, so it is told on {@code err}
     * and the runtime runs on.
     */
    static void recordIfAsked(PrintStream out, PrintStream err) {
        String archive = System.getProperty(PROPERTY);
        if (archive == null || archive.isBlank()) {
            return;
        }
        out.println("Recording the runtime's classes for faster starts (once for this build of the runtime) in "
                + archive);
        out.flush();
        try {
            record(Path.of(archive));
        } catch (IOException | RuntimeException e) {
            err.println("The class data archive " + archive + " (for faster starts) could not be recorded: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes the archive of the classes listed so far to {@code archive}, whole or not at all. */
    static void record(Path archive) throws IOException, InterruptedException {
        Path target = archive.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        Files.createDirectories(target.getParent());
        try {
            ClassDataDump.write(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
