package com.apartmentbooking.local.states.engine.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a state in progress is waiting for: a timer, a task, branches or iterations. The event loop
 * is free while a state waits; a timer, a task's answer or a child's end brings it back.
 */
interface Suspension {
    /**
     * Stops waiting for good: cancels timers, gives up task tokens, aborts children. With
     * {@code record}, writes the events AWS writes for an aborted state (WaitStateAborted,
     * MapIterationAborted, ...); without, leaves the history alone (a failure or timeout that ends
     * the whole execution).
     */
    void abort(boolean record);

    /** What a rebuilt engine needs to carry on waiting, as JSON; {@code kind} names the suspension. */
    ObjectNode snapshot();
}
