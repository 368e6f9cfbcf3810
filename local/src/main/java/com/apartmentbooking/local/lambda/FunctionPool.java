package com.apartmentbooking.local.lambda;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The instances of one function. An invocation goes to an idle instance, or starts a new one while fewer than
 * the limit run; past the limit it waits for one to be free, and is throttled (TooManyRequestsException) when
 * none is within the settings' queue wait. An invocation that starts an instance is that instance's first, so an
 * initialization failure is reported to the invocation that caused it, as Lambda does. An instance out of step
 * with the runtime's clock is retired instead of reused.
 */
final class FunctionPool implements FunctionInstance.Pool {

    private static final Duration PREWARM_WAIT = Duration.ofSeconds(60);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private volatile LambdaFunction function;
    private final InstanceServices services;
    private final int maxInstances;
    private final Duration queueWait;
    private final Deque<Invocation> waiting = new ArrayDeque<>();
    private final Deque<FunctionInstance> idle = new ArrayDeque<>();
    private final Set<FunctionInstance> instances = new LinkedHashSet<>();
    private boolean closed;

    FunctionPool(LambdaFunction function, InstanceServices services, int maxInstances, Duration queueWait) {
        this.function = function;
        this.services = services;
        this.maxInstances = maxInstances;
        this.queueWait = queueWait;
    }

    LambdaFunction function() {
        return function;
    }

    /** Takes a new definition of the function that its instances run as they do ({@link LambdaFunction#runsAs}). */
    void redefine(LambdaFunction sameRun) {
        function = sameRun;
    }

    /** Queues an invocation; its result completes when it ran, or exceptionally when it was throttled. */
    Invocation invoke(byte[] payload, String qualifier) {
        String invokedArn = qualifier == null ? function.functionArn() : function.functionArn() + ":" + qualifier;
        Invocation invocation = new Invocation(payload, invokedArn, services.clock().now());
        List<FunctionInstance> started;
        synchronized (this) {
            if (closed) {
                invocation.refuse(LambdaErrors.serviceUnavailable());
                return invocation;
            }
            waiting.add(invocation);
            started = dispatch();
        }
        started.forEach(FunctionInstance::start);
        services.timers().schedule(() -> throttleIfWaiting(invocation), queueWait.toMillis(), TimeUnit.MILLISECONDS);
        return invocation;
    }

    /** Starts one more instance and waits until it is ready for work. */
    void prewarm() {
        FunctionInstance instance;
        synchronized (this) {
            if (closed || instances.size() >= maxInstances) {
                return;
            }
            instance = newInstance();
        }
        instance.start();
        try {
            instance.polled().get(PREWARM_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("An instance of " + function.functionName() + " did not start", e);
        }
    }

    /** How many instances run now (starting, busy or idle). */
    synchronized int instanceCount() {
        return instances.size();
    }

    @Override
    public void idle(FunctionInstance instance) {
        synchronized (this) {
            if (!closed && instances.contains(instance) && !instance.outOfStepWithClock()) {
                Invocation next = waiting.poll();
                if (next != null) {
                    instance.assign(next);
                } else {
                    idle.add(instance);
                }
                return;
            }
        }
        instance.stop();
    }

    @Override
    public void gone(FunctionInstance instance, List<Invocation> unstarted) {
        List<FunctionInstance> started;
        boolean refuse;
        synchronized (this) {
            instances.remove(instance);
            idle.remove(instance);
            refuse = closed;
            if (!closed) {
                for (int i = unstarted.size() - 1; i >= 0; i--) {
                    waiting.addFirst(unstarted.get(i));
                }
            }
            started = closed ? List.of() : dispatch();
        }
        if (refuse) {
            unstarted.forEach(invocation -> invocation.refuse(LambdaErrors.serviceUnavailable()));
        }
        started.forEach(FunctionInstance::start);
    }

    /**
     * Hands waiting invocations to idle instances, the most recently used first (so sequential work keeps using
     * one warm instance), then to new ones; returns the new ones, to be started unlocked.
     */
    private List<FunctionInstance> dispatch() {
        while (!waiting.isEmpty() && !idle.isEmpty()) {
            FunctionInstance instance = idle.pollLast();
            if (instance.outOfStepWithClock()) {
                instances.remove(instance);
                instance.stop();
            } else {
                instance.assign(waiting.poll());
            }
        }
        List<FunctionInstance> started = new ArrayList<>();
        while (!waiting.isEmpty() && instances.size() < maxInstances) {
            FunctionInstance instance = newInstance();
            instance.assign(waiting.poll());
            started.add(instance);
        }
        return started;
    }

    private FunctionInstance newInstance() {
        FunctionInstance instance = new FunctionInstance(function, this, services, services.nextInstanceName(function));
        instances.add(instance);
        return instance;
    }

    /**
     * Throttles an invocation still waiting after the queue wait, unless an instance is still starting: a
     * slow cold start on a busy machine is not a lack of capacity, so the wait is extended while one is.
     */
    private void throttleIfWaiting(Invocation invocation) {
        boolean throttled;
        synchronized (this) {
            if (!waiting.contains(invocation)) {
                return;
            }
            if (instances.stream().anyMatch(instance -> !instance.polled().isDone())) {
                services.timers().schedule(() -> throttleIfWaiting(invocation), queueWait.toMillis(),
                        TimeUnit.MILLISECONDS);
                return;
            }
            throttled = waiting.remove(invocation);
        }
        if (throttled) {
            invocation.refuse(LambdaErrors.tooManyRequests());
        }
    }

    /**
     * Stops every instance; invocations still waiting are refused. With {@code finishArchives} (the runtime is
     * stopping) an instance writing its class data archive is let finish it first, so the next start has it.
     */
    void close(boolean finishArchives) {
        List<FunctionInstance> running;
        List<Invocation> refused;
        synchronized (this) {
            closed = true;
            running = new ArrayList<>(instances);
            refused = new ArrayList<>(waiting);
            waiting.clear();
            idle.clear();
        }
        refused.forEach(invocation -> invocation.refuse(LambdaErrors.serviceUnavailable()));
        CompletableFuture<?>[] exits = running.stream()
                .map(instance -> finishArchives ? instance.stopWhenArchived() : instance.stop())
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(STOP_WAIT.plus(FunctionInstance.ARCHIVE_WAIT).toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            services.log(System.Logger.Level.WARNING, "Instances of " + function.functionName() + " did not stop", e);
        }
    }
}
