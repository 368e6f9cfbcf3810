package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.clock.Clock;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What all function instances share: how to launch one, the threads of their Runtime APIs, the timer of their
 * timeouts, the runtime's clock (for timestamps in messages) and where their output goes.
 */
final class InstanceServices implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FunctionInstance.class.getName());

    private final InstanceLauncher launcher;
    private final Clock clock;
    private final Path logDirectory;
    private final ExecutorService runtimeApiThreads;
    private final ScheduledThreadPoolExecutor timers;
    private final Map<String, InstanceOutput> outputs = new ConcurrentHashMap<>();
    private final AtomicInteger instanceNumbers = new AtomicInteger();

    InstanceServices(InstanceLauncher launcher, Clock clock, Path logDirectory) {
        this.launcher = launcher;
        this.clock = clock;
        this.logDirectory = logDirectory;
        this.runtimeApiThreads = Executors.newCachedThreadPool(daemonThreads("lambda-runtime-api"));
        this.timers = new ScheduledThreadPoolExecutor(1, daemonThreads("lambda-timeouts"));
        timers.setRemoveOnCancelPolicy(true);
    }

    static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    InstanceLauncher launcher() {
        return launcher;
    }

    ExecutorService runtimeApiThreads() {
        return runtimeApiThreads;
    }

    /** Real-time timers: a handler's timeout is wall-clock time, as its context reports it. */
    ScheduledExecutorService timers() {
        return timers;
    }

    /** The wall clock the Runtime API's deadlines are given in, the one the runtime client compares them with. */
    java.time.Clock wallClock() {
        return java.time.Clock.systemUTC();
    }

    Clock clock() {
        return clock;
    }

    InstanceOutput output(LambdaFunction function) {
        return outputs.computeIfAbsent(function.functionName(), name -> new InstanceOutput(name, logDirectory));
    }

    String nextInstanceName(LambdaFunction function) {
        return function.functionName() + "-" + instanceNumbers.incrementAndGet();
    }

    void log(System.Logger.Level level, String message, Throwable error) {
        LOG.log(level, message, error);
    }

    @Override
    public void close() {
        timers.shutdownNow();
        runtimeApiThreads.shutdownNow();
        try {
            timers.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
