package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.clock.Scheduler;
import com.apartmentbooking.local.clock.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * DynamoDB's work that falls due as time passes (expired TTL items, stream records past retention, transaction
 * tokens past their lifetime), run as one timer on the runtime's {@link Scheduler}. The timer is set to the
 * earliest moment any of it falls due, so advancing the runtime's clock past that moment runs it, and a clock
 * that is not moved costs nothing. Whatever writes something that falls due later announces when through
 * {@link #dueBy}.
 *
 * <p>The work runs no sooner than {@link #DELAY} after it is asked for, so at most once per second of the clock:
 * an advance over a day costs a bounded number of runs, and, as with AWS's TTL deletion that lags behind expiry,
 * an item written already expired is not removed in the middle of the writes around it.
 */
final class Housekeeping implements AutoCloseable {

    /** Work that falls due as time passes. */
    interface DueWork {

        /** Does what is due now; returns when this work next falls due, or empty when nothing is pending. */
        Optional<Instant> runDue();
    }

    private static final Duration DELAY = Duration.ofSeconds(1);
    private static final System.Logger LOG = System.getLogger(Housekeeping.class.getName());

    private final Clock clock;
    private final Scheduler scheduler;
    private List<DueWork> work = List.of();
    private Timer pending;
    private boolean closed;

    Housekeeping(Clock clock, Scheduler scheduler) {
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /** Runs {@code dueWork} once now, and from then on whenever a part of it falls due. */
    void start(List<DueWork> dueWork) {
        synchronized (this) {
            work = List.copyOf(dueWork);
        }
        run();
    }

    /** Makes sure the work runs by {@code due}, or {@link #DELAY} from now if that is later. */
    synchronized void dueBy(Instant due) {
        Instant soonest = clock.now().plus(DELAY);
        Instant at = due.isBefore(soonest) ? soonest : due;
        if (closed || (pending != null && !at.isBefore(pending.dueAt()))) {
            return;
        }
        if (pending != null) {
            pending.cancel();
        }
        pending = scheduler.schedule(at, this::run);
    }

    /**
     * Whatever is announced while this runs either was written before the pending timer was cleared (and is seen by
     * the work) or sets a timer of its own. A failure is logged and does not stop the others: the next
     * announcement schedules the work again.
     */
    private void run() {
        List<DueWork> current;
        synchronized (this) {
            pending = null;
            current = work;
        }
        Instant next = null;
        for (DueWork part : current) {
            try {
                Instant due = part.runDue().orElse(null);
                if (due != null && (next == null || due.isBefore(next))) {
                    next = due;
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "DynamoDB housekeeping failed", e);
            }
        }
        if (next != null) {
            dueBy(next);
        }
    }

    /** Cancels the pending timer; nothing is scheduled any more. */
    @Override
    public synchronized void close() {
        closed = true;
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
