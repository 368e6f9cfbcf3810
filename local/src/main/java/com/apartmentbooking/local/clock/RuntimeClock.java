package com.apartmentbooking.local.clock;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The running runtime's clock: wall-clock time plus the total an operator has advanced it by, so time flows on
 * by itself and a 15-minute payment window can still be skipped in a moment. One daemon thread fires timers as
 * they fall due; {@link #advance} fires the timers inside the skipped span in due order, each at its own
 * instant, letting the settlers finish the work a timer started before the next fires (DESIGN §4 "Time").
 *
 * <p>The advanced total is written to an {@link OffsetStore} before an advance returns, so after a restart the
 * runtime's time does not jump back behind the timestamps it already recorded.
 *
 * <p>An advance may not take the clock past {@link #LATEST}, and is refused before anything moves when it would.
 */
public final class RuntimeClock implements MovableClock, SettlingScheduler, AutoCloseable {

    /**
     * The latest time an advance may reach: the end of the four-digit years of ISO 8601, which DynamoDB's and
     * AppSync's date strings are written in. Every instant the services derive from the clock (a retention, a
     * key's expiry, a wait of at most a year, epoch seconds, milliseconds and microseconds) stays representable.
     */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private static final System.Logger LOG = System.getLogger(RuntimeClock.class.getName());

    /** Where the advanced total is kept between runs. */
    public interface OffsetStore {
        Duration load();

        void save(Duration offset);
    }

    private final java.time.Clock wall;
    private final OffsetStore offsets;
    private final TimerQueue queue = new TimerQueue();
    private final List<Settler> settlers = new CopyOnWriteArrayList<>();
    private final List<Runnable> moveListeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    /** Held while timers fire, so the timer thread and an advance never fire out of order. */
    private final Object firing = new Object();
    private final Thread thread;
    private volatile Duration offset;

    public RuntimeClock(java.time.Clock wall, OffsetStore offsets) {
        this.wall = wall;
        this.offsets = offsets;
        this.offset = offsets.load();
        thread = new Thread(this::loop, "runtime-clock");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public Instant now() {
        return wall.instant().plus(offset);
    }

    /** How far operators have moved this clock ahead of the wall clock, in total. */
    public Duration offset() {
        return offset;
    }

    @Override
    public Duration aheadOfWallClock() {
        return offset;
    }

    @Override
    public void onMove(Runnable listener) {
        moveListeners.add(listener);
    }

    @Override
    public void addSettler(Settler settler) {
        settlers.add(settler);
    }

    @Override
    public Timer schedule(Instant dueAt, Runnable action) {
        synchronized (lock) {
            TimerQueue.Entry entry = queue.add(dueAt, action);
            lock.notifyAll();
            return entry;
        }
    }

    /** How many timers are pending (not fired, not cancelled). */
    public int pendingTimers() {
        synchronized (lock) {
            return queue.size();
        }
    }

    /**
     * Moves the clock forward by {@code duration}, firing every timer that falls due on the way in order, and
     * returns the new time. The advanced total is stored first, so a refused advance (negative, past
     * {@link #LATEST}: {@link ClockOutOfRangeException}) or a failed store write leaves the clock as it was.
     */
    public Instant advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A clock cannot go back: " + duration);
        }
        synchronized (firing) {
            Instant start = now();
            if (duration.compareTo(ClockOutOfRangeException.room(start)) > 0) {
                throw new ClockOutOfRangeException(start);
            }
            Instant target = start.plus(duration);
            Duration advanced = offset.plus(duration);
            offsets.save(advanced);
            settle();
            TimerQueue.Entry due;
            while ((due = pollDue(target)) != null) {
                moveTo(due.dueAt());
                fire(due);
                settle();
            }
            moveOffset(advanced);
            wakeTimerThread();
            return now();
        }
    }

    /**
     * What keeps this clock from working, if anything: its timer thread has stopped (no timer fires by itself
     * any more) or its time cannot be told in epoch milliseconds.
     */
    public Optional<String> problem() {
        if (!thread.isAlive()) {
            return Optional.of("the timer thread has stopped: timers no longer fire as time passes");
        }
        try {
            now().toEpochMilli();
        } catch (ArithmeticException | DateTimeException outOfRange) {
            return Optional.of("the time is out of range (" + offset + " ahead of the wall clock)");
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        thread.interrupt();
        if (Thread.currentThread() != thread) {
            try {
                thread.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void moveTo(Instant instant) {
        Duration ahead = Duration.between(now(), instant);
        if (!ahead.isNegative()) {
            moveOffset(offset.plus(ahead));
        }
    }

    /** The one place the lead changes while the clock runs, so whoever follows it hears of every change. */
    private void moveOffset(Duration moved) {
        offset = moved;
        for (Runnable listener : moveListeners) {
            try {
                listener.run();
            } catch (RuntimeException failure) {
                LOG.log(System.Logger.Level.ERROR, "A follower of the clock failed to follow it", failure);
            }
        }
    }

    /** The timer thread sleeps until the earliest due time as it was before the jump: it must look again. */
    private void wakeTimerThread() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /** Runs a timer's action; one that fails is logged, so it stops neither the timer thread nor an advance. */
    private static void fire(TimerQueue.Entry due) {
        try {
            due.action().run();
        } catch (RuntimeException failure) {
            LOG.log(System.Logger.Level.ERROR, "A timer due at " + due.dueAt() + " failed", failure);
        }
    }

    private TimerQueue.Entry pollDue(Instant time) {
        synchronized (lock) {
            return queue.pollDue(time);
        }
    }

    private void settle() {
        for (Settler settler : settlers) {
            settler.awaitSettled();
        }
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            synchronized (firing) {
                TimerQueue.Entry due = pollDue(now());
                if (due != null) {
                    fire(due);
                    continue;
                }
            }
            awaitNext();
        }
    }

    /** Sleeps until the earliest timer is due or a new timer arrives. */
    private void awaitNext() {
        synchronized (lock) {
            TimerQueue.Entry head = queue.peek();
            try {
                if (head == null) {
                    lock.wait();
                } else {
                    long millis = Duration.between(now(), head.dueAt()).toMillis();
                    if (millis > 0) {
                        lock.wait(millis);
                    }
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
