package com.apartmentbooking.local.runtime;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Records the classes the runtime has loaded in a class data archive (AppCDS), when its JVM was started to record
 * one: {@code -XX:+RecordDynamicDumpInfo} and the system property {@value #PROPERTY} naming the archive, as
 * run-local.sh starts it when it has no archive for this build and this Java. Later starts map the archive
 * ({@code -XX:SharedArchiveFile}) instead of reading and verifying each class again, about a third of a start's work.
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
     * lines it prints stay in one order (the JVM names the file it writes on standard output). A failure costs later
     * starts their speed only, so it is told on {@code err} and the runtime runs on.
     */
    static void recordIfAsked(PrintStream out, PrintStream err) {
        String archive = System.getProperty(PROPERTY);
        if (archive == null || archive.isBlank()) {
            return;
        }
        out.println("Recording the runtime's classes for faster starts (once for this build of the runtime):");
        out.flush();
        try {
            record(Path.of(archive));
        } catch (IOException | JMException | RuntimeException e) {
            err.println("The class data archive " + archive + " (for faster starts) could not be recorded: " + e);
        }
    }

    /** Writes the archive of the classes loaded so far to {@code archive}, whole or not at all. */
    static void record(Path archive) throws IOException, JMException {
        Path target = archive.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        Files.createDirectories(target.getParent());
        Files.deleteIfExists(partial);
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmCds",
                    new Object[] {new String[] {"dynamic_dump", partial.toString()}},
                    new String[] {String[].class.getName()});
            if (!Files.isRegularFile(partial) || Files.size(partial) == 0) {
                throw new IOException("the JVM wrote no archive (was it started with -XX:+RecordDynamicDumpInfo?)");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
