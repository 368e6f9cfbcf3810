package com.apartmentbooking.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Command 1 of the README, {@code ./run-local.sh}, running as a child process in the repository root: started, waited
 * for until it has printed what each user needs, and stopped with Ctrl-C.
 */
final class RunLocal {

    private final CommandRun.Started started;
    private final String lastReadyLine;

    private RunLocal(CommandRun.Started started, int port) {
        this.started = started;
        this.lastReadyLine = lastReadyLine(port);
    }

    /** The last line run-local.sh prints once the runtime is ready on {@code port} (not the CLI's default 4566). */
    static String lastReadyLine(int port) {
        return "  ./booking watch --booking <the booking id it printed> --endpoint http://127.0.0.1:" + port;
    }

    /** {@code ./run-local.sh --port <port> --data-dir <dataDirectory>}, as typed in a terminal. */
    static RunLocal start(Path repository, Map<String, String> environment, Path outputs, int port,
            Path dataDirectory) {
        List<String> command = new ArrayList<>();
        if (interruptIgnored()) {
            // A terminal's Ctrl-C reaches a process that has not ignored it; a build started in the background
            // hands its children SIGINT ignored, which the runtime's JVM would keep. GNU env sets it back.
            command.addAll(List.of("env", "--default-signal=INT"));
        }
        command.addAll(List.of("./run-local.sh", "--port", String.valueOf(port), "--data-dir",
                dataDirectory.toString()));
        return new RunLocal(CommandRun.start(repository, environment, outputs, command), port);
    }

    /** Whether this JVM, and so its children, ignores SIGINT: bit 2 of SigIgn in Linux's /proc/self/status. */
    private static boolean interruptIgnored() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        try {
            return Files.readAllLines(status).stream().filter(line -> line.startsWith("SigIgn:")).findFirst()
                    .map(line -> (Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16) & 0x2) != 0)
                    .orElse(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What it has printed so far, stdout then stderr. */
    String output() {
        return started.out() + started.err();
    }

    /** What it printed up to its last ready line; fails when it exits or is not ready within {@code timeout}. */
    String awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            String out = started.out();
            if (out.contains(lastReadyLine + "\n")) {
                return out;
            }
            if (started.process().waitFor(250, TimeUnit.MILLISECONDS)) {
                throw new AssertionError("./run-local.sh exited " + started.process().exitValue() + " before it was "
                        + "ready\n" + output());
            }
        }
        throw new AssertionError("./run-local.sh was not ready within " + timeout + "\n" + output());
    }

    /** Ctrl-C: SIGINT to the runtime (run-local.sh execs it, so the child's pid is the runtime's), then its run. */
    CommandRun interrupt(Duration timeout) throws InterruptedException {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(started.process().pid())).inheritIO()
                    .start();
            if (kill.waitFor() != 0) {
                throw new AssertionError("kill -INT " + started.process().pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return started.finish(timeout);
    }

    void stop() {
        started.stop();
    }
}
