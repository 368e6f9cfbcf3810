package com.apartmentbooking.local.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.lambda.bootstrap.ClassDataDump;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class data archive a JVM records of itself: the next JVM of the same classes maps it, and a JVM that cannot
 * record leaves no file that a start could map. Real JVMs, since only they can write and map one (from a jar: the
 * JVM archives no classes of a directory).
 */
class ClassDataArchiveTest {

    @TempDir
    Path directory;

    @Test
    void aJvmStartedToRecordWritesAnArchiveTheNextJvmLoadsItsClassesFrom() throws Exception {
        Path jar = recorderJar();
        Path archive = directory.resolve("cds/runtime.jsa");

        Run recording = java("-XX:DumpLoadedClassList=" + directory.resolve("classes.list"),
                "-Xlog:cds=off,cds+dynamic=off", "-cp", jar.toString(), ClassDataArchiveRecorder.class.getName(),
                archive.toString());
        assertEquals(0, recording.exitCode(), recording.output());
        assertTrue(Files.size(archive) > 0);
        try (Stream<Path> files = Files.list(archive.getParent())) {
            assertEquals(List.of(archive), files.toList(), "only the archive, no partial file, list or log");
        }

        Run mapping = java("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Xlog:class+load", "-cp",
                jar.toString(), ClassDataArchiveRecorder.class.getName());
        assertEquals(0, mapping.exitCode(), mapping.output());
        assertTrue(mapping.output().contains(ClassDataArchiveRecorder.class.getName()
                + " source: shared objects file"), mapping.output());
    }

    @Test
    void aJvmNotStartedToRecordLeavesNoArchive() throws Exception {
        Path archive = directory.resolve("runtime.jsa");

        Run recording = java("-Xlog:cds=off,cds+dynamic=off", "-cp", recorderJar().toString(),
                ClassDataArchiveRecorder.class.getName(), archive.toString());

        assertEquals(3, recording.exitCode(), recording.output());
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(directory.resolve("recorder.jar")), files.toList(), "no archive, no partial file");
        }
    }

    /** A jar of the recorder and the classes under test, from the compiled classes. */
    private Path recorderJar() throws IOException {
        Path jar = directory.resolve("recorder.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> type : List.of(ClassDataArchive.class, ClassDataArchiveRecorder.class, ClassDataDump.class)) {
                String entry = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                try (var in = type.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private record Run(int exitCode, String output) {
    }

    private static Run java(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output;
        try (var in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the JVM did not end");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
