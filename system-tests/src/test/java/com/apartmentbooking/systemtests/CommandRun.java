package com.apartmentbooking.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One command a user types in a terminal at the repository root, run as a child process: its exit code and what it
 * printed on stdout and stderr. Output goes to files, so a command that prints much never blocks on a full pipe.
 */
record CommandRun(int exitCode, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Starts {@code command} in the repository root with {@code environment}, stdout and stderr into files. */
    static Started start(Path repository, Map<String, String> environment, Path outputs, List<String> command) {
        try {
            Path out = Files.createTempFile(outputs, "out-", ".txt");
            Path err = Files.createTempFile(outputs, "err-", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().clear();
            builder.environment().putAll(environment);
            return new Started(String.join(" ", command), builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
    }

    /** stdout as the one JSON document {@code --json} prints. */
    JsonNode json() {
        return parse(out);
    }

    /** One JSON document, as {@code --json} prints per command (per line for {@code watch}). */
    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not one JSON document: " + text, e);
        }
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }

    /** A command still running (a {@code watch}, or the runtime itself), whose output can be read as it comes. */
    record Started(String commandLine, Process process, Path outFile, Path errFile) {

        String out() {
            return read(outFile);
        }

        String err() {
            return read(errFile);
        }

        /** Its run, once it has exited; fails when it has not within {@code timeout}. */
        CommandRun finish(Duration timeout) {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(commandLine + " did not end within " + timeout + "\n--- stdout\n" + out()
                            + "--- stderr\n" + err());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            return new CommandRun(process.exitValue(), out(), err());
        }

        /** Ends it and what it started if still running, and waits for it, so that nothing writes on afterwards. */
        void stop() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
