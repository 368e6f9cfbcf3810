package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Function instances do not outlive a runtime killed with SIGKILL. */
class OrphanInstanceTest {

    @Test
    void instancesEndWhenTheRuntimeIsKilled() throws Exception {
        Process runtime = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RuntimeProcess.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<ProcessHandle> instances = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(runtime.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                if (line.startsWith("INSTANCE ")) {
                    ProcessHandle.of(Long.parseLong(line.substring("INSTANCE ".length()))).ifPresent(instances::add);
                }
            }
            assertFalse(instances.isEmpty(), "the runtime started an instance");
            runtime.toHandle().destroyForcibly();
            assertTrue(runtime.waitFor(30, TimeUnit.SECONDS));
        } finally {
            runtime.destroyForcibly();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (instances.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        instances.forEach(instance -> instance.destroyForcibly());
        assertTrue(instances.stream().noneMatch(ProcessHandle::isAlive), "instances still running: " + instances);
    }
}
