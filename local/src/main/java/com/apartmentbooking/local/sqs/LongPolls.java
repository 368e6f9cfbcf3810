package com.apartmentbooking.local.sqs;

import java.util.Collection;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * ReceiveMessage's long polling. A waiting call holds its request thread, so at most {@link #MAX_WAITING} calls
 * wait at a time and a call beyond that answers at once with what there is (an empty answer is always allowed).
 * A waiter is woken by every send and otherwise looks again every {@link #RECHECK_MILLIS}, because a delayed
 * or in-flight message becomes visible by the passing of time, not by an event.
 */
final class LongPolls {

    private static final int MAX_WAITING = 64;
    private static final long RECHECK_MILLIS = 200;

    private final Semaphore waiting = new Semaphore(MAX_WAITING);
    private final Object sent = new Object();

    /** Tells waiting receivers that a message may be there. */
    void messageSent() {
        synchronized (sent) {
            sent.notifyAll();
        }
    }

    /**
     * Runs {@code attempt} until it returns something non-empty or {@code waitSeconds} of real time have passed.
     * The wait is real time, not the service clock: it is how long the caller's connection is held.
     */
    <T extends Collection<?>> T poll(int waitSeconds, Supplier<T> attempt) {
        T result = attempt.get();
        if (!result.isEmpty() || waitSeconds == 0 || !waiting.tryAcquire()) {
            return result;
        }
        try {
            long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
            while (result.isEmpty()) {
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMillis <= 0) {
                    break;
                }
                synchronized (sent) {
                    sent.wait(Math.min(remainingMillis, RECHECK_MILLIS));
                }
                result = attempt.get();
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return result;
        } finally {
            waiting.release();
        }
    }
}
