package com.apartmentbooking.bench.runtime.targets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A started runtime process: its port, its output (kept in a log file), a clean stop or a kill -9. */
final class RuntimeProcess {

    private final String build;
    private final Process process;
    private final int port;
    private final PrintWriter log;
    private final Path logFile;

    RuntimeProcess(String build, Process process, int port, Path logFile) throws IOException {
        this.build = build;
        this.process = process;
        this.port = port;
        this.logFile = logFile;
        Files.createDirectories(logFile.getParent());
        this.log = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8), true);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    long pid() {
        return process.pid();
    }

    /** Reads the output until the ready line; the rest is copied to the log in the background. */
    void awaitReady() throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            log.println(line);
            if (line.startsWith("Local runtime ready")) {
                Thread copy = new Thread(() -> copy(output), "runtime-output");
                copy.setDaemon(true);
                copy.start();
                return;
            }
        }
        log.close();
        throw new IllegalStateException(build + ": the runtime exited before it was ready; its output: " + logFile);
    }

    private void copy(BufferedReader output) {
        try {
            String line;
            while ((line = output.readLine()) != null) {
                log.println(line);
            }
        } catch (IOException closed) {
            return;
        } finally {
            log.close();
        }
    }

    /** Stops it as Ctrl-C does (SIGTERM) and waits for it to exit. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(build + ": the runtime did not stop within a minute of SIGTERM");
        }
    }

    /** kill -9: the process ends at once, whatever it was doing. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /**
     * Invokes every function of the runtime once ({@code ListFunctions}, then {@code Invoke} with an empty event
     * over Lambda's REST API), so that one instance of each is running; what a function answers to an empty event
     * does not matter here.
     */
    void invokeEveryFunction() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String listed = http.send(HttpRequest.newBuilder(endpoint().resolve("/2015-03-31/functions/")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("\"FunctionName\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(listed);
        int invoked = 0;
        while (names.find()) {
            HttpRequest invoke = HttpRequest.newBuilder(endpoint().resolve("/2015-03-31/functions/" + names.group(1)
                    + "/invocations")).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
            http.send(invoke, HttpResponse.BodyHandlers.discarding());
            invoked++;
        }
        if (invoked == 0) {
            throw new IllegalStateException(build + ": ListFunctions named no function: " + listed);
        }
    }

    /** Moves the runtime's clock forward ({@code POST /_local/clock/advance}), firing everything due meanwhile. */
    void advanceClock(long seconds) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint().resolve("/_local/clock/advance"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"seconds\": " + seconds + "}")).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(build + ": clock advance answered " + response.statusCode() + " "
                    + response.body());
        }
    }
}
