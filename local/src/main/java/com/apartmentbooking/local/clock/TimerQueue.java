package com.apartmentbooking.local.clock;

import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pending timers of a scheduler, earliest first; timers due at the same instant keep the order
 * they were scheduled in. Not thread-safe: its owner synchronises.
 */
final class TimerQueue {
    private final PriorityQueue<Entry> entries = new PriorityQueue<>();
    private final AtomicLong sequence = new AtomicLong();

    Entry add(Instant dueAt, Runnable action) {
        Entry entry = new Entry(dueAt, sequence.incrementAndGet(), action);
        entries.add(entry);
        return entry;
    }

    /** The earliest live timer, discarding cancelled ones on the way; null when none is pending. */
    Entry peek() {
        Entry head = entries.peek();
        while (head != null && head.cancelled) {
            entries.poll();
            head = entries.peek();
        }
        return head;
    }

    /** Removes and returns the earliest live timer due at or before {@code time}, or null. */
    Entry pollDue(Instant time) {
        Entry head = peek();
        if (head == null || head.dueAt.isAfter(time)) {
            return null;
        }
        return entries.poll();
    }

    int size() {
        entries.removeIf(entry -> entry.cancelled);
        return entries.size();
    }

    static final class Entry implements Timer, Comparable<Entry> {
        private final Instant dueAt;
        private final long sequence;
        private final Runnable action;
        private volatile boolean cancelled;

        private Entry(Instant dueAt, long sequence, Runnable action) {
            this.dueAt = dueAt;
            this.sequence = sequence;
            this.action = action;
        }

        @Override
        public Instant dueAt() {
            return dueAt;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        boolean cancelled() {
            return cancelled;
        }

        Runnable action() {
            return action;
        }

        @Override
        public int compareTo(Entry other) {
            int byTime = dueAt.compareTo(other.dueAt);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
