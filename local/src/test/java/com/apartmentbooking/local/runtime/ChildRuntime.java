package com.apartmentbooking.local.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** {@link Main} in a process of its own, as a user starts it: its lines as they come, and signals as a shell sends. */
final class ChildRuntime implements AutoCloseable {

    private static final long WAIT_SECONDS = 90;

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<Thread> readers = new ArrayList<>();

    private ChildRuntime(Process process) {
        this.process = process;
        reader(process.getInputStream(), lines).start();
        reader(process.getErrorStream(), errors).start();
    }

    static ChildRuntime start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ChildRuntime(new ProcessBuilder(command).start());
    }

    /** Waits for the ready line and returns the endpoint it names. */
    URI awaitReady() throws InterruptedException {
        String ready = awaitLine(line -> line.startsWith("Local runtime ready in "));
        return URI.create(ready.substring(ready.lastIndexOf(' ') + 1));
    }

    /** Waits for a line {@code wanted} accepts and returns it; fails with everything printed if none comes. */
    String awaitLine(Predicate<String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        synchronized (lines) {
            while (true) {
                for (String line : lines) {
                    if (wanted.test(line)) {
                        return line;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !readersMayAdd())) {
                    throw new AssertionError("no such line; the runtime printed:\n" + output());
                }
                TimeUnit.NANOSECONDS.timedWait(lines, Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
            }
        }
    }

    /** Sends a signal by name (TERM, INT), as kill(1) does. */
    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-s", name, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -s " + name + " failed");
        }
    }

    /** Waits for the process to end and returns its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("the runtime did not exit; it printed:\n" + output());
        }
        return process.exitValue();
    }

    /** Every line on stdout so far (all of them once the process has exited and {@link #awaitExit()} returned). */
    List<String> lines() throws InterruptedException {
        drain();
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    List<String> errors() throws InterruptedException {
        drain();
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    String output() {
        synchronized (lines) {
            synchronized (errors) {
                return String.join("\n", lines) + "\nstderr:\n" + String.join("\n", errors);
            }
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private boolean readersMayAdd() {
        return readers.stream().anyMatch(Thread::isAlive);
    }

    /** Once the process has exited, the readers reach the end of its output. */
    private void drain() throws InterruptedException {
        if (!process.isAlive()) {
            for (Thread reader : readers) {
                reader.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            }
        }
    }

    private Thread reader(InputStream stream, List<String> into) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    synchronized (into) {
                        into.add(line);
                        into.notifyAll();
                    }
                }
            } catch (IOException closedByClose) {
                // close() ended the process and closed its streams: there is nothing more to read.
            }
        }, "child-runtime-output");
        thread.setDaemon(true);
        readers.add(thread);
        return thread;
    }
}
