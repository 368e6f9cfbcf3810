package com.apartmentbooking.local.states.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of one graph as a whole: every transition names a state of the same graph, every
 * state is reachable from StartAt, and some state ends the graph.
 */
final class GraphChecks {
    private GraphChecks() {
    }

    /**
     * @param location the graph's location ("" for the machine)
     * @param rawStates the States object as written, so that states too broken to model still count
     * @param parsed the states that could be modelled
     */
    static void check(String location, String startAt, ObjectNode rawStates, Map<String, State> parsed,
            Problems problems) {
        String statesLocation = location + "/States";
        if (startAt != null && !rawStates.has(startAt)) {
            problems.add(Diagnostic.MISSING_TRANSITION_TARGET, "Missing 'StartAt' target: " + startAt,
                    location + "/StartAt");
        }
        for (State state : parsed.values()) {
            for (Target target : targets(state)) {
                if (!rawStates.has(target.state())) {
                    problems.add(Diagnostic.MISSING_TRANSITION_TARGET,
                            "Missing '" + target.field() + "' target: " + target.state(),
                            statesLocation + "/" + state.name() + "/" + target.location());
                }
            }
        }
        if (!hasTerminal(rawStates)) {
            problems.add(Diagnostic.MISSING_END_STATE, "Workflow has no terminal state", null);
            return;
        }
        if (startAt != null && rawStates.has(startAt) && parsed.size() == rawStates.size()) {
            Set<String> reached = reachable(startAt, parsed);
            for (String name : parsed.keySet()) {
                if (!reached.contains(name)) {
                    problems.add(Diagnostic.MISSING_TRANSITION_TARGET, "State \"" + name + "\" is not reachable.",
                            statesLocation + "/" + name);
                }
            }
        }
    }

    private static Set<String> reachable(String startAt, Map<String, State> states) {
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(startAt);
        while (!pending.isEmpty()) {
            String name = pending.poll();
            State state = states.get(name);
            if (state == null || !reached.add(name)) {
                continue;
            }
            for (Target target : targets(state)) {
                pending.add(target.state());
            }
        }
        return reached;
    }

    private static boolean hasTerminal(ObjectNode rawStates) {
        Iterator<JsonNode> states = rawStates.elements();
        while (states.hasNext()) {
            JsonNode state = states.next();
            String type = state.path("Type").asText("");
            if (type.equals("Succeed") || type.equals("Fail") || state.path("End").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    /** The states a state can move to, with where each is written. */
    private static List<Target> targets(State state) {
        List<Target> targets = new ArrayList<>();
        Transition transition = state.transition();
        if (transition != null && transition.next() != null) {
            targets.add(new Target("Next", transition.next(), "Next"));
        }
        if (state instanceof ChoiceState choice) {
            for (int i = 0; i < choice.choices().size(); i++) {
                targets.add(new Target("Next", choice.choices().get(i).next(), "Choices/" + i + "/Next"));
            }
            if (choice.defaultNext() != null) {
                targets.add(new Target("Default", choice.defaultNext(), "Default"));
            }
        }
        List<Catcher> catchers = state.errorHandling().catchers();
        for (int i = 0; i < catchers.size(); i++) {
            targets.add(new Target("Next", catchers.get(i).next(), "Catch/" + i + "/Next"));
        }
        return targets;
    }

    private record Target(String field, String state, String location) {
    }
}
