package com.apartmentbooking.local.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * run-local.sh checks the Java version before anything else and starts the runtime with the repository's template,
 * data directory and sample data. A stand-in {@code java} (and {@code mvn}) on the PATH tells the script's side
 * only: what it printed and what it ran.
 */
class RunLocalScriptTest {

    private static final Path SCRIPT = Path.of("..", "run-local.sh").toAbsolutePath().normalize();

    @TempDir
    Path bin;
    private Path ranJava;
    private Path ranMaven;

    @BeforeEach
    void recordings() {
        ranJava = bin.resolve("java-arguments");
        ranMaven = bin.resolve("mvn-arguments");
    }

    @Test
    void anOlderJavaIsRefusedWithOneLineAndNothingIsBuiltOrStarted() throws Exception {
        Path java = standInJava("openjdk version \"11.0.22\" 2024-01-16");
        standInMaven();

        Result result = run(bin + ":" + System.getenv("PATH"));

        assertEquals(1, result.exitCode());
        assertEquals("run-local.sh needs Java 17 or later, and " + java + " is Java 11.0.22: install a JDK 17+ and "
                + "put its bin/ first on the PATH\n", result.stderr());
        assertFalse(Files.exists(ranMaven), "no build");
        assertFalse(Files.exists(ranJava), "no runtime");
    }

    @Test
    void javaEightsOldVersionFormIsReadAsJava8() throws Exception {
        Path java = standInJava("java version \"1.8.0_392\"");

        Result result = run(bin + ":" + System.getenv("PATH"));

        assertEquals(1, result.exitCode());
        assertEquals("run-local.sh needs Java 17 or later, and " + java + " is Java 1.8.0_392: install a JDK 17+ and "
                + "put its bin/ first on the PATH\n", result.stderr());
    }

    @Test
    void noJavaOnThePathIsSaidInOneLine() throws Exception {
        // Only what the script runs before its check: dirname.
        Files.copy(Path.of(which("dirname")), bin.resolve("dirname"), StandardCopyOption.COPY_ATTRIBUTES);

        Result result = run(bin.toString());

        assertEquals(1, result.exitCode());
        assertEquals("run-local.sh needs Java 17 or later, and there is no java on the PATH: install a JDK 17+ and "
                + "put its bin/ on the PATH\n", result.stderr());
    }

    @Test
    void java17StartsTheRuntimeWithTheTemplateTheDataDirectoryTheSamplesAndTheUsersOptions() throws Exception {
        standInJava("openjdk version \"17.0.9\" 2023-10-17");
        standInMaven();

        Result result = run(bin + ":" + System.getenv("PATH"), "--reset", "--port", "4567");

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(List.of("-jar", "local/target/local-runtime.jar", "--template", "infra/template.yaml",
                "--data-dir", ".local-data", "--sample-data", "infra/sample-data.json", "--parameter",
                "PaymentWebhookSecret=local-webhook-secret", "--reset", "--port", "4567"),
                Files.readAllLines(ranJava));
    }

    /** A java that answers -version as {@code versionLine} says and records the arguments of any other run. */
    private Path standInJava(String versionLine) throws IOException {
        return executable("java", """
                #!/bin/sh
                if [ "$1" = "-version" ]; then
                  echo '%s' >&2
                  echo 'OpenJDK Runtime Environment' >&2
                  exit 0
                fi
                printf '%%s\\n' "$@" > '%s'
                """.formatted(versionLine, ranJava));
    }

    /** A mvn that only records that the script wanted a build (it does when the jars are missing or stale). */
    private void standInMaven() throws IOException {
        executable("mvn", """
                #!/bin/sh
                printf '%%s\\n' "$@" > '%s'
                """.formatted(ranMaven));
    }

    private Path executable(String name, String text) throws IOException {
        Path file = Files.writeString(bin.resolve(name), text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private static Result run(String path, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(which("bash"), SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.put("PATH", path);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("run-local.sh did not exit");
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8), new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** Where a command is on this machine's PATH. */
    private static String which(String command) {
        for (String directory : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(directory, command);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError(command + " is not on the PATH");
    }
}
