package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.clock.Settler;

/**
 * Counts the execution event loops that have work queued or running, so that a controllable clock
 * can wait for the work one timer started before it fires the next.
 */
public final class Activity implements Settler {
    private int busy;

    synchronized void begin() {
        busy++;
    }

    synchronized void end() {
        if (--busy == 0) {
            notifyAll();
        }
    }

    @Override
    public synchronized void awaitSettled() {
        while (busy > 0) {
            try {
                wait();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
