package com.apartmentbooking.local.events;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.clock.Scheduler;
import com.apartmentbooking.local.clock.Settler;
import com.apartmentbooking.local.clock.Timer;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers pending deliveries on its own threads, at least once: a delivery leaves the store only after its
 * target took it or it was dead-lettered, so one interrupted by a crash is delivered again after a restart.
 * Retries wait on the {@link Scheduler}, so moving the runtime's clock fires them; as a {@link Settler} it lets
 * a clock advance wait for the attempts in hand.
 */
final class DeliveryDispatcher implements Settler, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DeliveryDispatcher.class.getName());
    private static final int THREADS = 4;

    private final EventsStore store;
    private final Clock clock;
    private final Scheduler scheduler;
    private final TargetInvoker invoker;
    private final DeadLetters deadLetters;
    private final ExecutorService executor;
    private final Map<String, Timer> retries = new ConcurrentHashMap<>();
    private final AtomicInteger threadNumber = new AtomicInteger();
    private final Object idle = new Object();
    /** Attempts submitted and not finished; guarded by {@link #idle}. */
    private int inHand;
    private volatile boolean closed;

    DeliveryDispatcher(EventsStore store, Clock clock, Scheduler scheduler, TargetInvoker invoker, DeadLetters deadLetters) {
        this.store = store;
        this.clock = clock;
        this.scheduler = scheduler;
        this.invoker = invoker;
        this.deadLetters = deadLetters;
        this.executor = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "events-delivery-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Takes up every delivery left in the store, as a restarted runtime must. */
    void resume() {
        dispatch(store.read(EventsStore.Reads::deliveries));
    }

    /** Attempts each delivery now, or schedules it when its attempt is not due yet. */
    void dispatch(Collection<PendingDelivery> deliveries) {
        Instant now = clock.now();
        for (PendingDelivery delivery : deliveries) {
            if (delivery.due().isAfter(now)) {
                schedule(delivery);
            } else {
                submit(delivery);
            }
        }
    }

    private void schedule(PendingDelivery delivery) {
        retries.put(delivery.key(), scheduler.schedule(delivery.due(), () -> {
            retries.remove(delivery.key());
            submit(delivery);
        }));
    }

    private void submit(PendingDelivery delivery) {
        if (closed) {
            return;
        }
        synchronized (idle) {
            inHand++;
        }
        try {
            executor.execute(() -> {
                try {
                    attempt(delivery);
                } catch (RuntimeException e) {
                    // The delivery stays in the store and is taken up again on the next start.
                    LOG.log(System.Logger.Level.WARNING, "Delivery " + delivery.key() + " interrupted", e);
                } finally {
                    finished();
                }
            });
        } catch (RejectedExecutionException e) {
            finished();
        }
    }

    private void finished() {
        synchronized (idle) {
            inHand--;
            idle.notifyAll();
        }
    }

    private void attempt(PendingDelivery delivery) {
        if (closed) {
            return;
        }
        Instant now = clock.now();
        if (delivery.retries() > 0 && !now.isBefore(delivery.expiry())) {
            // The retry due now is the one the event's age no longer allows: it is not made.
            giveUp(delivery, delivery.lastErrorCode(), delivery.lastErrorMessage(), delivery.retries() - 1,
                    DeadLetters.EVENT_AGE_EXHAUSTED);
            return;
        }
        try {
            invoker.deliver(delivery.targetArn(), delivery.input());
        } catch (DeliveryFailure failure) {
            failed(delivery, failure);
            return;
        } catch (RuntimeException e) {
            // A target service that fails unexpectedly is treated as unreachable: retried, as AWS retries a target it cannot reach.
            LOG.log(System.Logger.Level.WARNING, "Target " + delivery.targetArn() + " failed unexpectedly", e);
            failed(delivery, TargetErrors.unreachable(e.toString()));
            return;
        }
        if (!closed) {
            store.write(writes -> writes.deleteDelivery(delivery.key()));
        }
    }

    private void failed(PendingDelivery delivery, DeliveryFailure failure) {
        if (closed) {
            return;
        }
        Instant now = clock.now();
        if (!failure.retryable()) {
            giveUp(delivery, failure.errorCode(), failure.getMessage(), delivery.retries(), null);
        } else if (delivery.retries() >= delivery.retryPolicy().maximumRetryAttempts()) {
            giveUp(delivery, failure.errorCode(), failure.getMessage(), delivery.retries(), DeadLetters.RETRY_ATTEMPTS_EXHAUSTED);
        } else if (!now.isBefore(delivery.expiry())) {
            giveUp(delivery, failure.errorCode(), failure.getMessage(), delivery.retries(), DeadLetters.EVENT_AGE_EXHAUSTED);
        } else {
            Instant next = now.plus(RetryBackoff.before(delivery.retries() + 1));
            // A retry that would come after the event's maximum age is replaced by giving up at that age.
            PendingDelivery retry = delivery.retryAt(next.isBefore(delivery.expiry()) ? next : delivery.expiry(), failure);
            store.write(writes -> writes.putDelivery(retry));
            schedule(retry);
        }
    }

    private void giveUp(PendingDelivery delivery, String errorCode, String errorMessage, int retryAttempts,
            String exhaustedCondition) {
        deadLetters.handle(delivery, errorCode, errorMessage, retryAttempts, exhaustedCondition);
        store.write(writes -> writes.deleteDelivery(delivery.key()));
    }

    /** Waits until no attempt is running or waiting for a thread (retries waiting on the clock do not count). */
    @Override
    public void awaitSettled() {
        synchronized (idle) {
            while (inHand > 0 && !closed) {
                try {
                    idle.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Stops delivering; what is pending stays in the store for the next start. */
    @Override
    public void close() {
        closed = true;
        retries.values().forEach(Timer::cancel);
        retries.clear();
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (idle) {
            idle.notifyAll();
        }
    }
}
