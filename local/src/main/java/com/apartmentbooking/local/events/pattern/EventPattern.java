package com.apartmentbooking.local.events.pattern;

import software.amazon.event.ruler.Machine;

/**
 * A compiled event pattern. It holds an event-ruler machine with this one pattern as its only rule,
 * so matching is event-ruler's own (array consistency, numeric comparison, wildcard, CIDR, ...).
 */
public final class EventPattern {
    private final Machine machine;

    EventPattern(Machine machine) {
        this.machine = machine;
    }

    /**
     * Whether the event (a JSON object) matches. The event is not checked for the fields an AWS event
     * must have: PutEvents builds the envelope itself and TestEventPattern checks it beforehand.
     */
    public boolean matches(String eventJson) {
        try {
            return !machine.rulesForJSONEvent(eventJson).isEmpty();
        } catch (Exception e) {
            // event-ruler declares a bare Exception for an event it cannot parse as a JSON object.
            throw new InvalidEventException();
        }
    }
}
