package com.apartmentbooking.bench.runtime.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * {@code count} executions started with StartExecution from {@code threads} clients, then awaited (DescribeExecution
 * every 20 ms) by the same clients until every one has ended; each must succeed. A {@code clockStep}, when given,
 * runs over and over on its own thread until then (to move the runtime's clock past the executions' waits).
 *
 * @param perSecond executions per second, from the first start to the last end
 * @param startSeconds from the first start sent to the last start answered
 * @param startMillis each StartExecution call's latency
 * @param serverCpuMillis the runtime process's CPU time per execution over the run (user + system, every thread;
 *        it includes answering the clients' DescribeExecution polls and the clock steps)
 */
record ExecutionRun(double perSecond, double startSeconds, List<Double> startMillis, double serverCpuMillis) {

    /** What a clock step does; it may fail, which ends the run. */
    interface ClockStep {
        void run() throws Exception;
    }

    static ExecutionRun of(SfnClient sfn, long serverPid, String machineArn, int count, int threads,
            IntFunction<String> input) throws Exception {
        return of(sfn, serverPid, machineArn, count, threads, input, null);
    }

    static ExecutionRun of(SfnClient sfn, long serverPid, String machineArn, int count, int threads,
            IntFunction<String> input, ClockStep clockStep) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        ExecutorService clock = Executors.newSingleThreadExecutor();
        AtomicBoolean running = new AtomicBoolean(true);
        Future<?> stepping = clock.submit(() -> {
            while (clockStep != null && running.get()) {
                clockStep.run();
                Thread.sleep(20);
            }
            return null;
        });
        List<Double> startMillis = new ArrayList<>();
        AtomicLong lastStarted = new AtomicLong();
        double cpuBefore = ProcessCpu.millis(serverPid);
        long started = System.nanoTime();
        try {
            // All starts are queued before any wait, so the clients start every execution before they poll.
            List<Future<String>> arns = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String executionInput = input.apply(i);
                arns.add(clients.submit(() -> {
                    long sent = System.nanoTime();
                    String arn = sfn.startExecution(s -> s.stateMachineArn(machineArn).input(executionInput))
                            .executionArn();
                    long answered = System.nanoTime();
                    lastStarted.accumulateAndGet(answered, Math::max);
                    synchronized (startMillis) {
                        startMillis.add((answered - sent) / 1e6);
                    }
                    return arn;
                }));
            }
            List<Future<DescribeExecutionResponse>> outcomes = new ArrayList<>();
            for (Future<String> arn : arns) {
                String executionArn = arn.get();
                outcomes.add(clients.submit(() -> awaitEnd(sfn, executionArn)));
            }
            for (Future<DescribeExecutionResponse> outcome : outcomes) {
                DescribeExecutionResponse ended = awaitEither(outcome, stepping);
                if (ended.status() != ExecutionStatus.SUCCEEDED) {
                    throw new IllegalStateException(ended.executionArn() + " ended " + ended.status() + ": "
                            + ended.error() + " " + ended.cause());
                }
            }
        } finally {
            running.set(false);
            clients.shutdownNow();
            clock.shutdown();
        }
        stepping.get();
        long ended = System.nanoTime();
        double cpuUsed = ProcessCpu.millis(serverPid) - cpuBefore;
        return new ExecutionRun(count / ((ended - started) / 1e9), (lastStarted.get() - started) / 1e9,
                List.copyOf(startMillis), cpuUsed / count);
    }

    /** The outcome, or the clock step's failure if it fails first (the executions would never end then). */
    private static DescribeExecutionResponse awaitEither(Future<DescribeExecutionResponse> outcome,
            Future<?> stepping) throws Exception {
        while (true) {
            try {
                return outcome.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                if (stepping.isDone()) {
                    stepping.get();
                }
            }
        }
    }

    private static DescribeExecutionResponse awaitEnd(SfnClient sfn, String executionArn)
            throws InterruptedException {
        while (true) {
            DescribeExecutionResponse execution = sfn.describeExecution(d -> d.executionArn(executionArn));
            if (execution.status() != ExecutionStatus.RUNNING) {
                return execution;
            }
            Thread.sleep(20);
        }
    }
}
