package com.apartmentbooking.bench.runtime.targets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One built worktree of the product: its runtime jar, its template (which names its function jars) and the JVM
 * options its {@code run-local.sh} gives the runtime, so the runtime runs as a user of that revision runs it.
 */
record Build(String name, Path root, List<String> jvmOptions) {

    static final String SECRET = "bench-webhook-secret";

    /** {@code jvmOptionsFile} holds the options, one a line, as run.sh read them from the build's run-local.sh. */
    static Build of(String name, Path root, Path jvmOptionsFile) throws IOException {
        List<String> options = jvmOptionsFile == null ? List.of()
                : Files.readAllLines(jvmOptionsFile).stream().filter(line -> !line.isBlank()).toList();
        return new Build(name, root.toAbsolutePath().normalize(), options);
    }

    /** The name as it may go into file names: the runtime's data directory must not hold spaces for its functions. */
    String fileName() {
        return name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    Path jar() {
        return root.resolve("local/target/local-runtime.jar");
    }

    Path template() {
        return root.resolve("infra/template.yaml");
    }

    /** Starts the runtime (not waiting for ready); {@code data} null keeps its state in memory. */
    RuntimeProcess start(Path data, boolean warmFunctions, Path log) throws IOException {
        int port = Ports.free();
        List<String> command = new ArrayList<>(List.of(Java.executable()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString(), "--template", template().toString(), "--port",
                Integer.toString(port), "--parameter", "PaymentWebhookSecret=" + SECRET));
        if (data != null) {
            command.addAll(List.of("--data-dir", data.toAbsolutePath().toString()));
        }
        if (warmFunctions) {
            command.addAll(List.of("--warm-functions", "true"));
        }
        // The working directory is the build's root, as run-local.sh's: relative paths in its options resolve.
        Process process = LiveProcesses.track(new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true).start());
        return new RuntimeProcess(name, process, port, log);
    }

    /**
     * Starts the runtime and waits for its ready line. A start that fails is tried once more (said on standard
     * error): on a loaded machine a function instance warmed before ready can miss its start-up time.
     */
    RuntimeProcess startReady(Path data, boolean warmFunctions, Path log) throws IOException {
        try {
            RuntimeProcess runtime = start(data, warmFunctions, log);
            runtime.awaitReady();
            return runtime;
        } catch (IllegalStateException failed) {
            System.err.println(failed.getMessage() + "; starting it once more");
            RuntimeProcess runtime = start(data, warmFunctions, log.resolveSibling(log.getFileName() + ".retry"));
            runtime.awaitReady();
            return runtime;
        }
    }

    /** Milliseconds for the same JVM, options and jar to print the runtime's usage and exit. */
    long usageMillis() throws Exception {
        List<String> command = new ArrayList<>(List.of(Java.executable()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString(), "--help"));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(name + ": the runtime's --help did not exit cleanly");
        }
        return (System.nanoTime() - started) / 1_000_000;
    }
}
