package com.apartmentbooking.local.clock;

/**
 * A scheduler whose clock an operator moves forward: between two timers it fires, it waits for its
 * settlers to finish the work the previous timer started, so a timer that work schedules (a second
 * Wait, a retry) still fires in order within the same advance.
 */
public interface SettlingScheduler extends Scheduler {
    void addSettler(Settler settler);
}
