package com.apartmentbooking.local.states;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.clock.Scheduler;
import com.apartmentbooking.local.clock.Timer;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes ended executions with their history 90 days after they ended, as AWS keeps a Standard execution's history,
 * on the runtime's clock: one timer, set to when the next kept execution falls due, so an advance of the clock past
 * that moment deletes it. When nothing is kept the timer is set 90 days ahead: whatever ends from now on falls due
 * no sooner. Deletion runs in bounded transactions; the due dates follow from the stored stop dates, so a restart
 * carries on.
 */
final class ExecutionRetention implements AutoCloseable {
    static final Duration RETENTION = Duration.ofDays(90);
    private static final int BATCH = 100;
    private static final System.Logger LOG = System.getLogger(ExecutionRetention.class.getName());

    private final StatesStore store;
    private final Clock clock;
    private final Scheduler scheduler;
    private Timer pending;
    private boolean closed;

    ExecutionRetention(StatesStore store, Clock clock, Scheduler scheduler) {
        this.store = store;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /** Deletes what is due now and sets the timer for what falls due next. */
    void start() {
        run();
    }

    private void run() {
        Instant now = clock.now();
        try {
            Instant cutoff = now.minus(RETENTION);
            while (store.deleteEndedBy(cutoff, BATCH) == BATCH) {
                // Another batch may be due.
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Deleting expired Step Functions executions failed", e);
        }
        Instant next = store.earliestStopDate().map(stopped -> stopped.plus(RETENTION))
                .filter(due -> due.isAfter(now)).orElse(now.plus(RETENTION));
        schedule(next);
    }

    private synchronized void schedule(Instant due) {
        if (!closed) {
            pending = scheduler.schedule(due, this::run);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
