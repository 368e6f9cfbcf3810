package com.apartmentbooking.local.states.definition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A set of states with a start: the machine itself, a Parallel branch or a Map's item processor.
 * States keep their definition order.
 */
public record StateGraph(String startAt, Map<String, State> states) {
    public StateGraph {
        states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
    }

    public State state(String name) {
        return states.get(name);
    }

    public State start() {
        return states.get(startAt);
    }
}
