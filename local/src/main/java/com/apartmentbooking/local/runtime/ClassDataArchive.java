package com.apartmentbooking.local.runtime;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes a class data archive (AppCDS) of the classes the runtime has loaded, when its JVM was started to record
 * one: {@code -XX:DumpLoadedClassList=<file>}, which lists each class as it loads, and the system property
 * {@value #PROPERTY} naming the archive, as run-local.sh starts it when it has no archive for this build and this
 * Java. Later starts map the archive ({@code -XX:SharedArchiveFile}) instead of reading and verifying each class.
 *
 * <p>The archive is a static one, dumped from the list by another JVM ({@code -Xshare:dump}). Java 17's dump of a
 * running JVM ({@code jcmd VM.cds dynamic_dump}) leaves out every class not yet linked, a sixth of those loaded
 * here, and the JDK classes its default archive lacks; a static dump links every listed class and takes the
 * JDK's with them.
 *
 * <p>The archive is written beside its name and moved there once complete: a JVM that maps a truncated archive
 * crashes, so a start must never find half of one (after a kill -9 during the recording, say).
 */
final class ClassDataArchive {

    /** The system property naming the archive to record. */
    static final String PROPERTY = "apartmentbooking.local.classArchive";
    private static final String CLASS_LIST_OPTION = "DumpLoadedClassList";
    private static final long DUMP_TIMEOUT_SECONDS = 300;

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
        Path classes = loadedClassList();
        String name = target.getFileName() + "." + ProcessHandle.current().pid();
        Path list = target.resolveSibling(name + ".classlist");
        Path partial = target.resolveSibling(name + ".partial");
        Files.createDirectories(target.getParent());
        try {
            Files.write(list, completeLines(classes));
            dump(list, partial);
            if (!Files.isRegularFile(partial) || Files.size(partial) == 0) {
                throw new IOException("the dump wrote no archive");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
            Files.deleteIfExists(list);
        }
    }

    /** The file this JVM lists its classes in. */
    private static Path loadedClassList() throws IOException {
        String file = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption(CLASS_LIST_OPTION).getValue();
        if (file == null || file.isBlank()) {
            throw new IOException("the JVM lists no classes (was it started with -XX:" + CLASS_LIST_OPTION
                    + "=<file>?)");
        }
        return Path.of(file);
    }

    /** The list as written so far, without a last line the JVM may be writing still. */
    private static List<String> completeLines(Path classes) throws IOException {
        String text = Files.readString(classes, StandardCharsets.UTF_8);
        return text.substring(0, text.lastIndexOf('\n') + 1).lines().toList();
    }

    /** Runs the static dump in a JVM of the same Java on this JVM's class path. */
    private static void dump(Path list, Path archive) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = archive.resolveSibling(archive.getFileName() + ".log");
        Process dump = new ProcessBuilder(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + archive, "-cp", System.getProperty("java.class.path"))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            if (!dump.waitFor(DUMP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("the dump did not end within " + DUMP_TIMEOUT_SECONDS + " s");
            }
            if (dump.exitValue() != 0) {
                List<String> lines = Files.readAllLines(output);
                throw new IOException("the dump ended with exit code " + dump.exitValue() + ": "
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
            }
        } finally {
            dump.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }
}
