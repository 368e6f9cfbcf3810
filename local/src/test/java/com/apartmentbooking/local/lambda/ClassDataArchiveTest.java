package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.lambda.bootstrap.ClassDataDump;
import com.apartmentbooking.local.lambda.fixtures.JvmHandler;
import com.apartmentbooking.local.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * A function's first instance records a class data archive, and instances of later runtimes map it: the JVM's
 * class loading log tells where the handler's class came from.
 */
class ClassDataArchiveTest {

    private static final String FROM_ARCHIVE = JvmHandler.class.getName() + " source: shared objects file";

    @TempDir
    Path work;

    @Test
    void aLaterStartMapsTheArchiveTheFirstStartRecorded() throws Exception {
        JsonNode first = invokeInNewRuntime();
        List<Path> archives = archives();
        assertEquals(1, archives.size(), "archives: " + archives);
        assertFalse(classLoadLog(first).contains(FROM_ARCHIVE));

        JsonNode second = invokeInNewRuntime();

        assertTrue(classLoadLog(second).contains(FROM_ARCHIVE), "the handler's class comes from the archive");
        assertEquals(first.path("input"), second.path("input"));
        assertEquals(first.path("maxHeapBytes"), second.path("maxHeapBytes"));
        assertEquals(archives, archives());
    }

    @Test
    void aDamagedArchiveIsIgnoredAndRecordedAgain() throws Exception {
        JsonNode first = invokeInNewRuntime();
        Path archive = archives().get(0);
        archive.toFile().setWritable(true);
        try (RandomAccessFile file = new RandomAccessFile(archive.toFile(), "rw")) {
            file.seek(file.length() / 2);
            file.write(new byte[4096]);
        }

        JsonNode afterDamage = invokeInNewRuntime();

        assertEquals(first.path("input"), afterDamage.path("input"));
        assertFalse(classLoadLog(afterDamage).contains(FROM_ARCHIVE), "a damaged archive is not mapped");
        List<Path> remade = archives();
        assertEquals(1, remade.size(), "archives: " + remade);
        String name = remade.get(0).getFileName().toString();
        assertTrue(name.endsWith("-" + ClassDataDump.checksum(remade.get(0)) + ".jsa"), "the archive is whole: " + name);
        assertTrue(classLoadLog(invokeInNewRuntime()).contains(FROM_ARCHIVE), "the new archive is mapped");
    }

    @Test
    void anInstanceKeepsAnsweringOnceItWroteItsArchive() throws Exception {
        try (LambdaRuntime runtime = newRuntime()) {
            JsonNode first = invoke(runtime);
            for (int wait = 0; archives().isEmpty() && wait < 600; wait++) {
                Thread.sleep(100);
            }
            assertEquals(1, archives().size());

            JsonNode second = invoke(runtime);

            assertEquals(first.path("pid"), second.path("pid"), "the same instance");
            assertEquals(first.path("input"), second.path("input"));
        }
    }

    /**
     * Starts a runtime on the test's class data directory, invokes a new function once, and stops it. On the
     * wall clock: instances reading a clock ahead of it run an agent, and record no archive.
     */
    private JsonNode invokeInNewRuntime() throws IOException {
        try (LambdaRuntime runtime = newRuntime()) {
            return invoke(runtime);
        }
    }

    private LambdaRuntime newRuntime() throws IOException {
        Path loads = Files.createDirectories(work.resolve("class-loads"));
        LambdaSettings settings = new LambdaSettings(1, null, LambdaSettings.DEFAULT_QUEUE_WAIT, null,
                work.resolve("class-data"));
        LambdaRuntime runtime = LambdaRuntime.onWallClock(Store.inMemory(), settings);
        runtime.lambdaClient.createFunction(LambdaRuntime.request("archived",
                JvmHandler.class.getName() + "::handleRequest", 10,
                Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + loads + "/%p.log")).build());
        return runtime;
    }

    private static JsonNode invoke(LambdaRuntime runtime) throws IOException {
        InvokeResponse response = runtime.invoke("archived", "{\"booking\":\"b-1\"}");
        assertNull(response.functionError());
        return LambdaRuntime.json(response);
    }

    private String classLoadLog(JsonNode answer) throws IOException {
        return Files.readString(work.resolve("class-loads").resolve(answer.path("pid").asText() + ".log"));
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(work.resolve("class-data").resolve("archives"))) {
            return files.filter(file -> file.toString().endsWith(".jsa")).sorted().toList();
        }
    }
}
