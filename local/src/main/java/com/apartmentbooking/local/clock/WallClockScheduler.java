package com.apartmentbooking.local.clock;

import java.time.Duration;
import java.time.Instant;

/**
 * A scheduler on a clock that moves by itself: one daemon thread sleeps until the earliest due
 * time and runs what is due. However many timers are pending, they cost one thread.
 */
final class WallClockScheduler implements Scheduler, AutoCloseable {
    private final Clock clock;
    private final TimerQueue queue = new TimerQueue();
    private final Object lock = new Object();
    private final Thread thread;

    WallClockScheduler(Clock clock) {
        this.clock = clock;
        thread = new Thread(this::loop, "states-timers");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the timer thread; pending timers never fire. */
    @Override
    public void close() {
        thread.interrupt();
    }

    @Override
    public Timer schedule(Instant dueAt, Runnable action) {
        synchronized (lock) {
            TimerQueue.Entry entry = queue.add(dueAt, action);
            lock.notifyAll();
            return entry;
        }
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            TimerQueue.Entry due;
            synchronized (lock) {
                due = queue.pollDue(clock.now());
                if (due == null) {
                    awaitNext();
                    continue;
                }
            }
            due.action().run();
        }
    }

    /** Sleeps until the earliest timer is due or a new timer arrives; called holding the lock. */
    private void awaitNext() {
        TimerQueue.Entry head = queue.peek();
        try {
            if (head == null) {
                lock.wait();
            } else {
                long millis = Math.max(1, Duration.between(clock.now(), head.dueAt()).toMillis());
                lock.wait(millis);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
