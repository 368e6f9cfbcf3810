package com.apartmentbooking.bench.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;

/**
 * Booking workflow executions per second on a running runtime, against a one-state Pass machine started and
 * awaited the same way (the cost of the API, the engine and the store without the workflow's work). The workflow
 * refuses payment windows under 10 seconds, so bookings ask for 10 and, while the workflow's executions run, the
 * runtime's clock moves on by 10 seconds every 20 ms: no execution waits longer than that, as on a zero window.
 */
final class WorkflowThroughput {

    private static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
    private static final int PAYMENT_WINDOW_SECONDS = 10;

    private WorkflowThroughput() {
    }

    /** One runtime, durable (a data directory) or in memory, both machines measured {@code rounds} times. */
    static void measure(Path jar, Path template, int executions, int threads, int rounds, boolean durable)
            throws Exception {
        int port = RuntimeBench.freePort();
        Path data = durable ? Files.createTempDirectory("runtime-bench") : null;
        Process runtime = RuntimeBench.start(jar, template, data, port, false);
        try {
            RuntimeBench.awaitReady(runtime);
            URI endpoint = RuntimeBench.endpoint(port);
            try (SfnClient sfn = SfnClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                    .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build();
                    DynamoDbClient dynamoDb = DynamoDbClient.builder().endpointOverride(endpoint)
                            .region(Region.US_EAST_1).credentialsProvider(credentials())
                            .httpClient(UrlConnectionHttpClient.create()).build()) {
                String passArn = sfn.createStateMachine(c -> c.name("bench-pass").definition(PASS)
                        .roleArn("arn:aws:iam::000000000000:role/bench")).stateMachineArn();
                String bookingArn = sfn.listStateMachines().stateMachines().stream()
                        .filter(machine -> machine.name().endsWith("BookingWorkflow")).findFirst()
                        .map(StateMachineListItem::stateMachineArn).orElseThrow();
                List<Double> pass = new ArrayList<>();
                List<Double> booking = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    pass.add(run(sfn, passArn, executions, threads, i -> "{}", null));
                    String prefix = "r" + round + "-";
                    BookingSeed.seed(dynamoDb, prefix, executions, PAYMENT_WINDOW_SECONDS);
                    booking.add(run(sfn, bookingArn, executions, threads, i -> "{\"bookingId\":\"" + prefix + "b" + i
                            + "\",\"apartmentId\":\"" + prefix + "a" + i + "\",\"customerId\":\"c" + i
                            + "\",\"requestedAt\":\"2026-01-01T00:00:00Z\",\"paymentWindowSeconds\":"
                            + PAYMENT_WINDOW_SECONDS + "}", endpoint));
                }
                report(durable ? "durable (data directory)" : "in memory", executions, threads, pass, booking);
            }
        } finally {
            RuntimeBench.stop(runtime);
        }
    }

    /**
     * Starts {@code count} executions from {@code threads} clients, waits for all to end; executions per second.
     * With {@code clock} given, the runtime's clock is advanced past the payment window meanwhile.
     */
    private static double run(SfnClient sfn, String machineArn, int count, int threads,
            java.util.function.IntFunction<String> input, URI clock) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        Thread advancing = clock == null ? null : advancing(clock);
        long started = System.nanoTime();
        try {
            List<Future<String>> arns = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                arns.add(clients.submit(() -> sfn.startExecution(s -> s.stateMachineArn(machineArn)
                        .input(input.apply(n))).executionArn()));
            }
            List<Future<ExecutionStatus>> outcomes = new ArrayList<>();
            for (Future<String> arn : arns) {
                String executionArn = arn.get();
                outcomes.add(clients.submit(() -> awaitEnd(sfn, executionArn)));
            }
            for (Future<ExecutionStatus> outcome : outcomes) {
                if (outcome.get() != ExecutionStatus.SUCCEEDED) {
                    throw new IllegalStateException("an execution ended " + outcome.get());
                }
            }
        } finally {
            clients.shutdownNow();
            if (advancing != null) {
                advancing.interrupt();
                advancing.join();
            }
        }
        return count / ((System.nanoTime() - started) / 1e9);
    }

    /** A thread advancing the runtime's clock by the payment window every 20 ms until interrupted. */
    private static Thread advancing(URI endpoint) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest advance = HttpRequest.newBuilder(endpoint.resolve("/_local/clock/advance"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"seconds\": " + PAYMENT_WINDOW_SECONDS + "}")).build();
        Thread thread = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    http.send(advance, HttpResponse.BodyHandlers.discarding());
                    Thread.sleep(20);
                }
            } catch (IOException | InterruptedException stopped) {
                return;
            }
        }, "clock-advance");
        thread.start();
        return thread;
    }

    private static ExecutionStatus awaitEnd(SfnClient sfn, String executionArn) throws InterruptedException {
        while (true) {
            ExecutionStatus status = sfn.describeExecution(d -> d.executionArn(executionArn)).status();
            if (status != ExecutionStatus.RUNNING) {
                return status;
            }
            Thread.sleep(20);
        }
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench"));
    }

    private static void report(String store, int executions, int threads, List<Double> pass, List<Double> booking) {
        double passMedian = median(pass);
        double bookingMedian = median(booking);
        System.out.println();
        System.out.printf(Locale.ROOT, "Workflow executions per second, runtime %s, %d executions from %d SDK clients "
                + "per round, zero payment window (median after the first round, which warms the runtime's JIT; all "
                + "rounds)%n", store, executions, threads);
        System.out.printf(Locale.ROOT, "  %-40s %8.1f  %s%n", "baseline: one-state Pass machine", passMedian,
                rounded(pass));
        System.out.printf(Locale.ROOT, "  %-40s %8.1f  %s  %.2fx baseline%n", "booking workflow", bookingMedian,
                rounded(booking), bookingMedian / passMedian);
    }

    private static List<String> rounded(List<Double> values) {
        return values.stream().map(value -> String.format(Locale.ROOT, "%.1f", value)).toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values.size() > 1 ? values.subList(1, values.size()) : values);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }
}
