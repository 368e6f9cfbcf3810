package com.apartmentbooking.local.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
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
        List<String> arguments = Files.readAllLines(ranJava);
        assertEquals("@local/runtime-jvm.options", arguments.get(0), "the runtime's JVM options first");
        assertEquals(List.of("-jar", "local/target/local-runtime.jar", "--template", "infra/template.yaml",
                "--data-dir", ".local-data", "--sample-data", "infra/sample-data.json", "--parameter",
                "PaymentWebhookSecret=local-webhook-secret", "--reset", "--port", "4567"),
                arguments.subList(arguments.indexOf("-jar"), arguments.size()));
    }

    @Test
    void theFirstStartRecordsAClassDataArchiveAndTheNextMapsItUntilTheRuntimeIsBuiltAgain() throws Exception {
        Path repository = repositoryWithBuiltJars();
        standInJava("openjdk version \"17.0.9\" 2023-10-17");
        standInMaven();

        assertEquals(0, run(repository, bin + ":" + System.getenv("PATH")).exitCode());
        String recordProperty = Files.readAllLines(ranJava).stream()
                .filter(argument -> argument.startsWith("-D" + ClassDataArchive.PROPERTY + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no archive asked for: " + readLines(ranJava)));
        Path archive = repository.resolve(recordProperty.substring(recordProperty.indexOf('=') + 1));
        assertTrue(Files.readAllLines(ranJava).contains("-XX:DumpLoadedClassList=" + repository.relativize(archive)
                + ".classlist"), readLines(ranJava).toString());
        assertTrue(Files.isDirectory(archive.getParent()), "the list's directory exists before the JVM writes it");

        // What the runtime records once ready.
        Files.writeString(archive, "archive");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        assertEquals(0, run(repository, bin + ":" + System.getenv("PATH")).exitCode());
        assertTrue(Files.readAllLines(ranJava).contains("-XX:SharedArchiveFile=" + repository.relativize(archive)),
                readLines(ranJava).toString());
        assertTrue(Files.readAllLines(ranJava).stream().noneMatch(argument -> argument.startsWith(
                "-XX:DumpLoadedClassList")), readLines(ranJava).toString());

        // A new build of the runtime: its classes changed, so the archive is recorded again.
        Files.setLastModifiedTime(repository.resolve("local/target/local-runtime.jar"),
                FileTime.fromMillis(System.currentTimeMillis() + 20_000));
        assertEquals(0, run(repository, bin + ":" + System.getenv("PATH")).exitCode());
        assertTrue(Files.readAllLines(ranJava).contains(recordProperty), readLines(ranJava).toString());
        assertFalse(Files.exists(archive), "the stale archive is gone");
    }

    /** The script in a repository of its own whose jars are built and newer than any source: nothing to build. */
    private Path repositoryWithBuiltJars() throws IOException {
        Path repository = Files.createDirectories(bin.resolve("repository"));
        Files.copy(SCRIPT, repository.resolve("run-local.sh"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(repository.resolve("local/target/lib"));
        for (String jar : List.of("local/target/local-runtime.jar", "reservation-api/target/reservation-api-lambda.jar",
                "payment-handler/target/payment-handler-lambda.jar",
                "status-projector/target/status-projector-lambda.jar", "local/target/lib/dependency.jar")) {
            Files.createDirectories(repository.resolve(jar).getParent());
            Files.writeString(repository.resolve(jar), "jar");
        }
        return repository;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return run(SCRIPT.getParent(), path, args);
    }

    /** Runs the run-local.sh of {@code repository}. */
    private static Result run(Path repository, String path, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(which("bash"), repository.resolve("run-local.sh").toString()));
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
