package com.apartmentbooking.local.lambda.bootstrap;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * Writes a static class data archive (AppCDS) of the classes this JVM has loaded so far. The JVM lists them as
 * it loads them ({@code -XX:DumpLoadedClassList=<file>}); another JVM of the same Java, options and class path
 * dumps the list ({@code -Xshare:dump}), which links every listed class. Java 17's dump of a running JVM
 * ({@code jcmd VM.cds dynamic_dump}) left out each class not yet linked: a function instance then still loaded
 * about 800 of its 3,800 classes from its jars.
 *
 * <p>An archive is written beside its final name, made durable, then renamed in one step, so readers never see a
 * partial one; an instance's archive is named {@code <prefix>-<CRC-32C of its bytes>.jsa}, so the runtime tells a
 * damaged one by its checksum.
 *
 * <p>Part of the instances' own jar with {@link InstanceMain}: it needs nothing but the JDK, and stays a single
 * class file. The runtime records its own archive with it too.
 */
public final class ClassDataDump {

    private static final String CLASS_LIST_OPTION = "DumpLoadedClassList";
    /**
     * Options the dumping JVM must not repeat: those naming files this JVM writes or maps, or work it starts, and
     * its metaspace limit, which the archive does not depend on and the dump's own work could exceed.
     */
    private static final Set<String> NOT_REPEATED = Set.of("DumpLoadedClassList", "SharedArchiveFile",
            "SharedClassListFile", "ArchiveClassesAtExit", "RecordDynamicDumpInfo", "StartFlightRecording",
            "FlightRecorderOptions", "ErrorFile", "HeapDumpPath", "NativeMemoryTracking", "MaxMetaspaceSize");
    private static final List<String> OPTIONS_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
            "_JAVA_OPTIONS");
    private static final long DUMP_TIMEOUT_SECONDS = 300;

    private ClassDataDump() {
    }

    /**
     * Dumps an instance's archive to {@code <prefix>-<checksum>.jsa}; a failure is reported on stderr and leaves
     * no file behind.
     */
    public static void dump(String prefix) {
        Path partial = Path.of(prefix + "." + ProcessHandle.current().pid() + ".partial");
        try {
            write(partial);
            Files.move(partial, Path.of(prefix + "-" + checksumAndSync(partial) + ".jsa"),
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            System.err.println("The instance could not write its class data archive: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // The runtime removes what is left of it with the cache's old files.
            }
        }
    }

    /**
     * Writes the archive of the classes this JVM has listed so far to {@code archive}, which is replaced, or
     * throws: when this JVM lists no classes, or the dump fails (its last lines are in the message).
     */
    public static void write(Path archive) throws IOException, InterruptedException {
        String listed = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption(CLASS_LIST_OPTION).getValue();
        if (listed == null || listed.isBlank()) {
            throw new IOException("the JVM lists no classes (was it started with -XX:" + CLASS_LIST_OPTION
                    + "=<file>?)");
        }
        Path list = archive.resolveSibling(archive.getFileName() + ".classlist");
        Path output = archive.resolveSibling(archive.getFileName() + ".log");
        try {
            // Without a last line the JVM may be writing still.
            String text = Files.readString(Path.of(listed), StandardCharsets.UTF_8);
            Files.writeString(list, text.substring(0, text.lastIndexOf('\n') + 1), StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(repeatedOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
            command.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + list,
                    "-XX:SharedArchiveFile=" + archive, "-cp", System.getProperty("java.class.path")));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            // The options those variables gave this JVM are among its input arguments already.
            OPTIONS_VARIABLES.forEach(builder.environment()::remove);
            Process dump = builder.start();
            try {
                if (!dump.waitFor(DUMP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IOException("the dump did not end within " + DUMP_TIMEOUT_SECONDS + " s");
                }
                if (dump.exitValue() != 0 || !Files.isRegularFile(archive) || Files.size(archive) == 0) {
                    List<String> lines = Files.readAllLines(output);
                    throw new IOException("the dump ended with exit code " + dump.exitValue() + " and no archive: "
                            + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
                }
            } finally {
                dump.destroyForcibly();
            }
        } finally {
            Files.deleteIfExists(list);
            Files.deleteIfExists(output);
        }
    }

    /**
     * The options of this JVM that decide whether an archive fits it (heap, collector, compressed pointers, code
     * cache): its {@code -XX} and {@code -Xm}/{@code -Xs} options, but those naming its own files or work.
     */
    static List<String> repeatedOptions(List<String> inputArguments) {
        List<String> repeated = new ArrayList<>();
        for (String argument : inputArguments) {
            if (argument.startsWith("-XX:")) {
                String name = argument.substring(4).replaceFirst("^[+-]", "").replaceFirst("=.*", "");
                if (!NOT_REPEATED.contains(name)) {
                    repeated.add(argument);
                }
            } else if (argument.startsWith("-Xmx") || argument.startsWith("-Xms") || argument.startsWith("-Xss")
                    || argument.startsWith("-Xmn")) {
                repeated.add(argument);
            }
        }
        return repeated;
    }

    /** The checksum an archive's name carries: the CRC-32C of its bytes, as eight hex digits. */
    public static String checksum(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return String.format("%08x", crc.getValue());
    }

    private static String checksumAndSync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        return checksum(file);
    }
}
