package com.apartmentbooking.local.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that only moves when told to, and is its own scheduler: {@link #advance} fires the
 * timers that fall due, in due-time order, each at its own instant. Between two timers it lets the
 * engines that registered a {@link Settler} finish the work the previous timer started, so a timer
 * scheduled by that work (a second Wait, a retry) fires in the same advance when it falls inside
 * the window. This is what lets a test cover a 15-minute wait in milliseconds.
 */
public final class ControllableClock implements MovableClock, SettlingScheduler {
    private final TimerQueue queue = new TimerQueue();
    private final List<Settler> settlers = new CopyOnWriteArrayList<>();
    private final List<Runnable> moveListeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private volatile Instant now;

    public ControllableClock(Instant start) {
        this.now = start;
    }


    @Override
    public void addSettler(Settler settler) {
        settlers.add(settler);
    }

    @Override
    public Instant now() {
        return now;
    }

    /** This clock stands still, so its lead over the wall clock shrinks as real time passes. */
    @Override
    public Duration aheadOfWallClock() {
        return Duration.between(Instant.now(), now);
    }

    @Override
    public void onMove(Runnable listener) {
        moveListeners.add(listener);
    }

    @Override
    public Timer schedule(Instant dueAt, Runnable action) {
        synchronized (lock) {
            return queue.add(dueAt, action);
        }
    }

    /** Moves the clock forward by {@code duration}, firing every timer that falls due on the way. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A clock cannot go back: " + duration);
        }
        advanceTo(now.plus(duration));
    }

    /** Moves the clock to {@code target} (not backwards), firing the timers due up to it in order. */
    public void advanceTo(Instant target) {
        settle();
        while (fireNextDueBy(target)) {
            settle();
        }
        synchronized (lock) {
            if (target.isAfter(now)) {
                now = target;
            }
        }
        moved();
    }

    /**
     * Jumps to the earliest pending timer and fires it, after letting running work settle. Returns
     * false when no timer is pending, which with settled work means nothing will happen any more.
     */
    public boolean advanceToNextTimer() {
        settle();
        Instant due;
        synchronized (lock) {
            TimerQueue.Entry head = queue.peek();
            if (head == null) {
                return false;
            }
            due = head.dueAt();
        }
        fireNextDueBy(due);
        settle();
        return true;
    }

    /** How many timers are pending (not fired, not cancelled). */
    public int pendingTimers() {
        synchronized (lock) {
            return queue.size();
        }
    }

    private boolean fireNextDueBy(Instant target) {
        TimerQueue.Entry due;
        synchronized (lock) {
            due = queue.pollDue(target);
            if (due == null) {
                return false;
            }
            if (due.dueAt().isAfter(now)) {
                now = due.dueAt();
            }
        }
        moved();
        due.action().run();
        return true;
    }

    private void moved() {
        moveListeners.forEach(Runnable::run);
    }

    private void settle() {
        for (Settler settler : settlers) {
            settler.awaitSettled();
        }
    }
}
