package com.apartmentbooking.local.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One execution environment of a function: a JVM running the runtime interface client against a Runtime API of
 * its own. It runs one invocation at a time. Timeouts are real time, as the handler's own
 * {@code getRemainingTimeInMillis()} is: a handler past its timeout is stopped with its whole process tree, and
 * an instance whose process ended is gone; the pool starts a new one when needed.
 */
final class FunctionInstance implements RuntimeApi.Instance {

    /** How the instance tells its pool that it waits for work or is gone. */
    interface Pool {
        void idle(FunctionInstance instance);

        /** The instance ended; {@code unstarted} were given to it but never reached its handler. */
        void gone(FunctionInstance instance, List<Invocation> unstarted);
    }

    static final Duration INIT_LIMIT = Duration.ofSeconds(10);
    /** How long a stopping runtime lets an instance finish the class data archive it is writing. */
    static final Duration ARCHIVE_WAIT = Duration.ofSeconds(20);

    private final LambdaFunction function;
    private final Pool pool;
    private final InstanceServices services;
    private final String name;
    private final RuntimeApi api;
    private final BlockingQueue<Invocation> assigned = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> polled = new CompletableFuture<>();
    private final AtomicBoolean offered = new AtomicBoolean();
    private volatile Invocation current;
    private volatile byte[] initError;
    private volatile boolean stopped;
    private volatile Process process;
    private volatile ClassDataUse classData = ClassDataUse.NONE;
    private volatile boolean followsRuntimeClock;

    FunctionInstance(LambdaFunction function, Pool pool, InstanceServices services, String name) {
        this.function = function;
        this.pool = pool;
        this.services = services;
        this.name = name;
        this.api = new RuntimeApi(this, services.runtimeApiThreads());
    }

    /** Starts the instance's JVM; when that fails the instance is gone at once. */
    void start() {
        try {
            followsRuntimeClock = services.launcher().runtimeClockAhead();
            InstanceLauncher.Launched launched = services.launcher().launch(function, api.address(),
                    followsRuntimeClock);
            classData = launched.classData();
            process = launched.process();
        } catch (IOException | UncheckedIOException e) {
            services.log(System.Logger.Level.ERROR, "Could not start an instance of " + function.functionName(), e);
            exited(-1);
            return;
        }
        services.output(function).drain(process.getInputStream(), name, this::logged);
        process.onExit().thenRun(() -> exited(process.exitValue()));
        ScheduledFuture<?> initTimeout = services.timers().schedule(this::initTimedOut,
                INIT_LIMIT.toSeconds() + function.timeout(), TimeUnit.SECONDS);
        polled.whenComplete((ready, error) -> initTimeout.cancel(false));
    }

    /**
     * Lambda gives initialization 10 seconds, then tries it once more within the invocation's own timeout;
     * an instance that is not ready by then fails the invocation it was started for as timed out.
     */
    private void initTimedOut() {
        if (polled.isDone()) {
            return;
        }
        for (Invocation invocation : assigned) {
            invocation.fail(FunctionErrors.timedOut(services.clock().now(), invocation.requestId(),
                    function.timeout()));
        }
        stop();
    }

    /** Started on the wall clock before the runtime's clock moved ahead of it: its JVM would tell the wrong time. */
    boolean outOfStepWithClock() {
        return !followsRuntimeClock && services.launcher().runtimeClockAhead();
    }

    /** Completes once the instance's runtime client asked for its first invocation (it is initialized). */
    CompletableFuture<Void> polled() {
        return polled;
    }

    /** Gives the instance its next invocation (it is idle, or starting for this invocation). */
    void assign(Invocation invocation) {
        assigned.add(invocation);
    }

    @Override
    public Invocation next() throws InterruptedException {
        polled.complete(null);
        current = null;
        Invocation invocation = assigned.poll();
        if (invocation == null) {
            classData.requestArchive(process);
            offerForWork();
            while (invocation == null && !stopped) {
                invocation = assigned.poll(500, TimeUnit.MILLISECONDS);
            }
        }
        if (invocation == null || stopped) {
            return null;
        }
        offered.set(false);
        current = invocation;
        Invocation running = invocation;
        ScheduledFuture<?> timeout = services.timers().schedule(() -> timeOut(running),
                function.timeout(), TimeUnit.SECONDS);
        invocation.result().whenComplete((result, error) -> timeout.cancel(false));
        invocation.started(services.wallClock().millis() + function.timeout() * 1000L, function.memorySize());
        return invocation;
    }

    @Override
    public long deadlineEpochMillis(Invocation invocation) {
        return invocation.deadlineEpochMillis();
    }

    @Override
    public boolean respond(String requestId, byte[] response) {
        Invocation invocation = currentWithId(requestId);
        if (invocation == null) {
            return false;
        }
        offerForWork();
        if (response.length > PayloadLimits.SYNC_RESPONSE_BYTES) {
            invocation.fail(FunctionErrors.responseTooLarge());
        } else {
            invocation.succeed(response);
        }
        return true;
    }

    @Override
    public boolean fail(String requestId, byte[] errorDocument) {
        Invocation invocation = currentWithId(requestId);
        if (invocation == null) {
            return false;
        }
        offerForWork();
        invocation.fail(errorDocument);
        return true;
    }

    @Override
    public void initFailed(byte[] errorDocument) {
        initError = errorDocument;
    }

    /**
     * Tells the pool the instance takes work, once per invocation: as soon as it answered (before the caller
     * sees the answer, so a caller's next invocation finds the instance free rather than starting another), or
     * when it asks for work without having answered anything (its first poll).
     */
    private void offerForWork() {
        if (offered.compareAndSet(false, true)) {
            pool.idle(this);
        }
    }

    /** A line of the instance's output goes to the log of the invocation it is running, if any. */
    private void logged(String line) {
        Invocation invocation = current;
        if (invocation != null) {
            invocation.logged(line);
        }
    }

    private Invocation currentWithId(String requestId) {
        Invocation invocation = current;
        return invocation != null && invocation.requestId().equals(requestId) ? invocation : null;
    }

    private void timeOut(Invocation invocation) {
        if (invocation.isDone()) {
            return;
        }
        invocation.fail(FunctionErrors.timedOut(services.clock().now(), invocation.requestId(), function.timeout()));
        stop();
    }

    /**
     * Ends the instance as {@link #stop} does, but first lets it write the class data archive it records (now,
     * if it was not asked yet), for a while: its stdin is closed, so it exits on its own once the archive is
     * written. An instance still starting has nothing worth archiving and stops at once.
     */
    CompletableFuture<?> stopWhenArchived() {
        Process running = process;
        if (running == null || !classData.records() || !polled.isDone() || polled.isCompletedExceptionally()) {
            return stop();
        }
        // Its poll for work stays open: the runtime interface client does not survive an answer without one.
        classData.requestArchive(running);
        try {
            running.getOutputStream().close();
        } catch (IOException e) {
            // Already closed: the instance is exiting.
        }
        return running.onExit().completeOnTimeout(running, ARCHIVE_WAIT.toMillis(), TimeUnit.MILLISECONDS)
                .thenCompose(exited -> stop());
    }

    /** Ends the instance's process and everything it started; the future completes when the process is gone. */
    CompletableFuture<?> stop() {
        stopped = true;
        Process running = process;
        if (running == null) {
            return CompletableFuture.completedFuture(null);
        }
        running.descendants().forEach(ProcessHandle::destroyForcibly);
        running.destroyForcibly();
        return running.onExit();
    }

    /**
     * The process ended: the invocation it was running fails as Lambda reports it, and so does the one it was
     * started for if it never became ready (an initialization error); invocations it was given after it was
     * ready but never took go back to the pool.
     */
    private void exited(int exitStatus) {
        stopped = true;
        classData.ended();
        List<Invocation> failed = new ArrayList<>();
        List<Invocation> unstarted = new ArrayList<>();
        if (current != null) {
            failed.add(current);
        }
        assigned.drainTo(polled.isDone() ? unstarted : failed);
        for (Invocation invocation : failed) {
            byte[] error = initError != null ? initError : FunctionErrors.exited(invocation.requestId(), exitStatus);
            invocation.fail(error);
        }
        api.close();
        polled.completeExceptionally(new IllegalStateException("The instance " + name + " exited with status "
                + exitStatus + " before it was ready"));
        pool.gone(this, unstarted);
    }

    @Override
    public String toString() {
        return name;
    }
}
