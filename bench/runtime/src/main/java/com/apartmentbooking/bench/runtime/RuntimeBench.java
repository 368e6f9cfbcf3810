package com.apartmentbooking.bench.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Measures the local runtime as a user runs it (its jar, its own JVM, the real template):
 *
 * <ul>
 *   <li>start-to-ready: from starting the JVM to the "Local runtime ready" line, with function instances left to
 *       start on first use and with one instance of each function warmed before ready; the baseline is the same
 *       JVM and jar printing its usage and exiting;</li>
 *   <li>workflow executions per second: booking workflow executions with a zero payment window started through
 *       the SDK, until all have ended; the baseline is a one-state Pass machine started and awaited the same way;</li>
 *   <li>subscriptions: {@link SubscriptionLatency} and {@link SubscriberFanOut}.</li>
 * </ul>
 *
 * <pre>RuntimeBench &lt;runtime jar&gt; &lt;template&gt; [--rounds n] [--executions n] [--threads n]
 *     [--only startup|throughput|subscriptions]
 *     [--bookings n] [--subscribers n] [--runtime-jvm-option OPTION]...</pre>
 *
 * <p>{@code --runtime-jvm-option} goes to every runtime JVM started (for example a flight recording for
 * profiling, with {@code --only throughput}).
 */
public final class RuntimeBench {

    static final String SECRET = "bench-webhook-secret";
    private static final List<String> RUNTIME_JVM_OPTIONS = new ArrayList<>();

    private RuntimeBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: RuntimeBench <runtime jar> <template> [--rounds n] [--executions n] [--threads n]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path template = Path.of(args[1]);
        int rounds = option(args, "--rounds", 5);
        int executions = option(args, "--executions", 500);
        int threads = option(args, "--threads", 8);
        String only = textOption(args, "--only");
        for (int i = 2; i + 1 < args.length; i++) {
            if (args[i].equals("--runtime-jvm-option")) {
                RUNTIME_JVM_OPTIONS.add(args[i + 1]);
            }
        }

        if (only == null || only.equals("startup")) {
            startToReady(jar, template, rounds);
        }
        if (only == null || only.equals("throughput")) {
            WorkflowThroughput.measure(jar, template, executions, threads, rounds, true);
            WorkflowThroughput.measure(jar, template, executions, threads, rounds, false);
        }
        if (only == null || only.equals("subscriptions")) {
            SubscriptionLatency.measure(jar, template, option(args, "--bookings", 1000), true);
            SubscriptionLatency.measure(jar, template, option(args, "--bookings", 1000), false);
            SubscriberFanOut.measure(jar, template, option(args, "--subscribers", 1000), rounds);
        }
    }

    private static void startToReady(Path jar, Path template, int rounds) throws Exception {
        List<Long> baseline = new ArrayList<>();
        List<Long> lazy = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            baseline.add(usageMillis(jar));
            lazy.add(readyMillis(jar, template, false));
            warm.add(readyMillis(jar, template, true));
        }
        long base = median(baseline);
        System.out.println();
        System.out.printf("Start to ready, %d fresh JVMs each, round-robin (median ms; all rounds)%n", rounds);
        System.out.printf("  %-40s %6d  %s%n", "baseline: same JVM and jar, usage only", base, baseline);
        print("runtime, functions start on first use", lazy, base);
        print("runtime, one instance per function warm", warm, base);
    }

    private static void print(String name, List<Long> millis, long base) {
        long median = median(millis);
        System.out.printf(Locale.ROOT, "  %-40s %6d  %s  %.2fx baseline%n", name, median, millis,
                median / (double) base);
    }

    private static long usageMillis(Path jar) throws Exception {
        long started = System.nanoTime();
        Process process = new ProcessBuilder(java(), "-jar", jar.toString(), "--help").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("the runtime's --help did not exit cleanly");
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Starts the runtime on a fresh data directory and returns the time until it printed that it is ready. */
    private static long readyMillis(Path jar, Path template, boolean warmFunctions) throws Exception {
        Path data = Files.createTempDirectory("runtime-bench");
        long started = System.nanoTime();
        Process runtime = start(jar, template, data, freePort(), warmFunctions);
        try {
            awaitReady(runtime);
            return (System.nanoTime() - started) / 1_000_000;
        } finally {
            stop(runtime);
        }
    }

    /** Starts the runtime's jar; {@code data} null keeps its state in memory. */
    static Process start(Path jar, Path template, Path data, int port, boolean warmFunctions) throws IOException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(RUNTIME_JVM_OPTIONS);
        command.addAll(List.of("-jar", jar.toString(), "--template", template.toString(), "--port",
                Integer.toString(port), "--parameter", "PaymentWebhookSecret=" + SECRET));
        if (data != null) {
            command.add("--data-dir");
            command.add(data.toString());
        }
        if (warmFunctions) {
            command.add("--warm-functions");
            command.add("true");
        }
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the runtime's output until its ready line; the rest of its output is drained in the background. */
    static void awaitReady(Process runtime) throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(runtime.getInputStream(),
                StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        String line;
        while ((line = output.readLine()) != null) {
            seen.add(line);
            if (line.startsWith("Local runtime ready")) {
                Thread drain = new Thread(() -> drain(output), "runtime-output");
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        throw new IllegalStateException("the runtime exited before it was ready:\n" + String.join("\n", seen));
    }

    /** Discards the runtime's further output until it exits (its pipe closes then). */
    private static void drain(BufferedReader output) {
        try {
            while (output.readLine() != null) {
                continue;
            }
        } catch (IOException closed) {
            return;
        }
    }

    static void stop(Process runtime) throws InterruptedException {
        runtime.destroy();
        if (!runtime.waitFor(30, TimeUnit.SECONDS)) {
            runtime.destroyForcibly().waitFor();
        }
    }

    static URI endpoint(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int option(String[] args, String name, int fallback) {
        String value = textOption(args, name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static String textOption(String[] args, String name) {
        for (int i = 2; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }
}
