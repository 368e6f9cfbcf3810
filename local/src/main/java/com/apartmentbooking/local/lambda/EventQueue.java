package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.clock.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Lambda's queue of Event invocations: an invocation is in the store before it is acknowledged, runs at once,
 * and on a function error is retried twice, one minute and then two minutes later (on the runtime's clock, so
 * an operator advancing it runs the retries); throttled attempts wait a minute without counting as attempts. An
 * event older than six hours is dropped, as Lambda's default maximum event age does. After a restart pending
 * events run again (at least once).
 */
final class EventQueue implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EventQueue.class.getName());
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2));
    static final Duration THROTTLE_DELAY = Duration.ofMinutes(1);
    static final Duration MAXIMUM_EVENT_AGE = Duration.ofHours(6);

    private final LambdaStore store;
    private final LambdaService lambda;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Object inFlightLock = new Object();
    private int inFlight;
    private final Set<String> resumed = ConcurrentHashMap.newKeySet();
    private final ExecutorService attempts = Executors.newCachedThreadPool(InstanceServices.daemonThreads("lambda-events"));

    EventQueue(LambdaStore store, LambdaService lambda, Clock clock, Scheduler scheduler) {
        this.store = store;
        this.lambda = lambda;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /** Runs or schedules the events of a function that the store kept from before a restart, once per function. */
    void resume(String functionName) {
        if (resumed.add(functionName)) {
            store.events().stream().filter(event -> event.functionName().equals(functionName)).forEach(this::schedule);
        }
    }

    void enqueue(String functionName, String qualifier, byte[] payload) {
        Instant now = clock.now();
        String key = String.format("%019d-%s", now.toEpochMilli(), UUID.randomUUID());
        QueuedEvent event = new QueuedEvent(key, functionName, qualifier, payload, now, 0, now);
        store.putEvent(event);
        schedule(event);
    }

    private void schedule(QueuedEvent event) {
        if (event.dueAt().isAfter(clock.now())) {
            scheduler.schedule(event.dueAt(), () -> submit(event));
        } else {
            submit(event);
        }
    }

    private void submit(QueuedEvent event) {
        begin();
        try {
            attempts.execute(() -> attempt(event));
        } catch (RejectedExecutionException e) {
            // Closing: the event stays in the store and runs after the next start.
            end();
        }
    }

    /**
     * Waits until no attempt is running, so that an operator advancing the clock sees the retry an attempt
     * schedules (attempts always end: every invocation has a timeout).
     */
    void awaitSettled() {
        synchronized (inFlightLock) {
            while (inFlight > 0) {
                try {
                    inFlightLock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void begin() {
        synchronized (inFlightLock) {
            inFlight++;
        }
    }

    private void end() {
        synchronized (inFlightLock) {
            if (--inFlight == 0) {
                inFlightLock.notifyAll();
            }
        }
    }

    private void attempt(QueuedEvent event) {
        if (clock.now().isAfter(event.acceptedAt().plus(MAXIMUM_EVENT_AGE))) {
            LOG.log(System.Logger.Level.WARNING, "Dropping an Event invocation of " + event.functionName()
                    + " older than the maximum event age");
            store.deleteEvent(event.key());
            end();
            return;
        }
        lambda.invoke(event.functionName(), event.qualifier(), event.payload()).whenComplete((result, failure) -> {
            try {
                if (attempts.isShutdown()) {
                    // Stopping: the event stays in the store as it was and runs again after the next start.
                    return;
                }
                if (failure == null && result.functionError() == null) {
                    store.deleteEvent(event.key());
                } else if (failure == null) {
                    retryOrDrop(event);
                } else {
                    refused(event, failure instanceof CompletionException ? failure.getCause() : failure);
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not record the outcome of an Event invocation of "
                        + event.functionName() + "; it runs again after a restart", e);
            } finally {
                end();
            }
        });
    }

    private void retryOrDrop(QueuedEvent event) {
        if (event.attempts() >= RETRY_DELAYS.size()) {
            LOG.log(System.Logger.Level.WARNING, "An Event invocation of " + event.functionName() + " failed "
                    + (event.attempts() + 1) + " times; dropping it");
            store.deleteEvent(event.key());
            return;
        }
        QueuedEvent retry = event.retryAt(clock.now().plus(RETRY_DELAYS.get(event.attempts())));
        store.putEvent(retry);
        schedule(retry);
    }

    private void refused(QueuedEvent event, Throwable failure) {
        boolean retriable = failure instanceof LambdaException refused
                && (refused.status() == 429 || refused.status() >= 500);
        if (!retriable) {
            LOG.log(System.Logger.Level.WARNING, "Dropping an Event invocation of " + event.functionName(), failure);
            store.deleteEvent(event.key());
            return;
        }
        QueuedEvent later = new QueuedEvent(event.key(), event.functionName(), event.qualifier(), event.payload(),
                event.acceptedAt(), event.attempts(), clock.now().plus(THROTTLE_DELAY));
        store.putEvent(later);
        schedule(later);
    }

    @Override
    public void close() {
        attempts.shutdownNow();
    }
}
