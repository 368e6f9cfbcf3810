package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.clock.Scheduler;
import com.apartmentbooking.local.clock.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finishes the table changes DynamoDB makes in the background: a CREATING table becomes ACTIVE, an UPDATING one
 * takes its new values, a DELETING one goes away with its items, each {@code delay} after the call on the runtime's
 * clock. Every change is a timer on the {@link Scheduler} at the instant stored with the table's status, so a clock
 * advance finishes it and a restart takes up the changes a previous run left pending. A zero delay finishes the
 * change before the call answers, for callers that use a table at once (tests not about the lifecycle); the answer
 * still shows the passing status, as DynamoDB's does.
 */
final class TableLifecycle implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TableLifecycle.class.getName());

    private final DynamoDbStore store;
    private final TableLocks locks;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Duration delay;
    private final TableArns arns;
    private final Housekeeping housekeeping;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private volatile boolean closed;

    TableLifecycle(DynamoDbStore store, TableLocks locks, Clock clock, Scheduler scheduler, Duration delay,
                   TableArns arns, Housekeeping housekeeping) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a table status delay cannot be negative: " + delay);
        }
        this.store = store;
        this.locks = locks;
        this.clock = clock;
        this.scheduler = scheduler;
        this.delay = delay;
        this.arns = arns;
        this.housekeeping = housekeeping;
    }

    /** When a change asked for now finishes. */
    Instant due() {
        return clock.now().plus(delay);
    }

    /** Finishes, at its due time, the change {@code table} (just stored in a passing status) has under way. */
    void changed(TableDefinition table) {
        if (delay.isZero()) {
            finish(table.name());
        } else {
            schedule(table);
        }
    }

    /** Takes up the changes a previous run left: those already due finish now, the others when due. */
    void resume() {
        for (TableDefinition table : store.tables()) {
            if (!table.status().active()) {
                if (table.status().due().isAfter(clock.now())) {
                    schedule(table);
                } else {
                    finish(table.name());
                }
            }
        }
    }

    /** Finishes the table's change now, whenever it was due; nothing when the table is ACTIVE or gone. */
    void finish(String name) {
        finish(name, null);
    }

    /**
     * {@code due} null finishes whatever change is under way; a timer names the change it was set for, since its
     * table may have been deleted and created again with another.
     */
    private void finish(String name, Instant due) {
        try (TableLocks.Held held = locks.lock(name)) {
            TableDefinition table = store.table(name).orElse(null);
            if (table == null || table.status().active() || (due != null && !due.equals(table.status().due()))) {
                return;
            }
            Timer timer = timers.remove(name);
            if (timer != null) {
                timer.cancel();
            }
            switch (table.status().name()) {
                case "CREATING" -> store.putTable(table.withStatus(TableStatus.ACTIVE));
                case "UPDATING" -> store.putTable(updated(table));
                default -> delete(table);
            }
        }
    }

    private void schedule(TableDefinition table) {
        String name = table.name();
        Instant due = table.status().due();
        Timer previous = timers.put(name, scheduler.schedule(due, () -> finishWhenDue(name, due)));
        if (previous != null) {
            previous.cancel();
        }
    }

    private void finishWhenDue(String name, Instant due) {
        if (closed) {
            return;
        }
        try {
            finish(name, due);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Finishing the change of table " + name + " failed", e);
        }
    }

    /**
     * The table the update makes. The time to live is the table's own: UpdateTimeToLive may change it while the
     * table is UPDATING.
     */
    private TableDefinition updated(TableDefinition table) {
        TableDefinition target = table.status().target();
        return target.withTtlAttribute(table.ttlAttribute())
                .withThroughputChanges(table.throughputChanges().completed(table, target, clock.now()))
                .withStatus(TableStatus.ACTIVE);
    }

    /** AWS keeps a deleted table's stream, disabled, readable for 24 hours ({@link StreamRetention}). */
    private void delete(TableDefinition table) {
        TableStream stream = table.stream();
        DeletedStream kept = stream == null ? null : new DeletedStream(stream.arn(arns.table(table.name())),
                table.withStream(stream.disabled()).withStatus(TableStatus.ACTIVE), clock.now());
        store.deleteTable(table.name(), kept);
        if (kept != null) {
            housekeeping.dueBy(StreamRetention.endOf(kept.deleted()));
        }
    }

    /** Cancels the pending timers; the changes stay stored and the next start takes them up. */
    @Override
    public void close() {
        closed = true;
        timers.values().forEach(Timer::cancel);
        timers.clear();
    }
}
