package com.apartmentbooking.local.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point as a user meets it from the shell: exit codes and the messages of a start that cannot happen. */
class MainTest {

    @Test
    void helpPrintsTheUsageAndExitsZero() throws Exception {
        Result result = run("--help");

        assertEquals(0, result.exitCode());
        assertTrue(result.stdout().contains("usage: local-runtime --template <template.yaml>"), result.stdout());
    }

    @Test
    void aMistakeOnTheCommandLineIsExplainedWithTheUsageAndExitCode2() throws Exception {
        Result result = run("--port", "4566");

        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().startsWith("--template is required"), result.stderr());
        assertTrue(result.stderr().contains("usage: local-runtime"), result.stderr());
    }

    @Test
    void aTemplateThatCannotBeReadStopsTheStartWithOneLineAndExitCode1() throws Exception {
        Result result = run("--template", "no-such-template.yaml", "--port", "0");

        assertEquals(1, result.exitCode());
        assertEquals("The local runtime could not start: cannot read template no-such-template.yaml: "
                + "no-such-template.yaml", result.stderr().strip());
    }

    @Test
    void aDataDirectoryOfAnEarlierRuntimeStopsTheStartWithWhatToDo(@TempDir Path dataDirectory) throws Exception {
        Files.writeString(dataDirectory.resolve("store.mv.db"), "state of an earlier runtime");

        Result result = run("--template", "../infra/template.yaml", "--parameter",
                "PaymentWebhookSecret=local-webhook-secret", "--data-dir", dataDirectory.toString(), "--port", "0");

        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().startsWith("The local runtime could not start: the data directory " + dataDirectory
                + " holds state in the form of another version of the runtime"), result.stderr());
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the runtime did not exit");
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8), new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
