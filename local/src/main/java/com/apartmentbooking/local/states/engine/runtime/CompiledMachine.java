package com.apartmentbooking.local.states.engine.runtime;

import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.states.definition.MapState;
import com.apartmentbooking.local.states.definition.ParallelState;
import com.apartmentbooking.local.states.definition.QueryLanguage;
import com.apartmentbooking.local.states.definition.State;
import com.apartmentbooking.local.states.definition.StateGraph;
import com.apartmentbooking.local.states.definition.StateMachineDefinition;
import com.apartmentbooking.local.states.definition.StateMachineParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A definition ready to run many times: parsed once, with what the engine wants to know about each
 * state before running it worked out once too. Whether a JSONPath state reads the context object
 * decides whether its context is built at all, which matters in long chains of simple states.
 */
public final class CompiledMachine {

    private final String definitionJson;
    private final StateMachineDefinition definition;
    private final Map<State, Boolean> readsContext = new IdentityHashMap<>();

    private CompiledMachine(String definitionJson, StateMachineDefinition definition) {
        this.definitionJson = definitionJson;
        this.definition = definition;
        try {
            scan(definition.graph(), Json.DATA.readTree(definitionJson));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A parsed definition could not be read again", impossible);
        }
    }

    /** Parses and validates {@code definitionJson}; throws DefinitionValidationException. */
    public static CompiledMachine compile(String definitionJson) {
        return new CompiledMachine(definitionJson, StateMachineParser.parse(definitionJson));
    }

    public String definitionJson() {
        return definitionJson;
    }

    public StateMachineDefinition definition() {
        return definition;
    }

    boolean readsContext(State state) {
        return readsContext.getOrDefault(state, Boolean.TRUE);
    }

    /** Walks the model and the JSON it came from side by side: each state's text says whether it uses $$. */
    private void scan(StateGraph graph, JsonNode rawGraph) {
        JsonNode rawStates = rawGraph.path("States");
        for (State state : graph.states().values()) {
            JsonNode raw = rawStates.path(state.name());
            readsContext.put(state, state.queryLanguage() == QueryLanguage.JSONATA || raw.toString().contains("$$"));
            if (state instanceof ParallelState parallel) {
                for (int i = 0; i < parallel.branches().size(); i++) {
                    scan(parallel.branches().get(i), raw.path("Branches").path(i));
                }
            } else if (state instanceof MapState map) {
                JsonNode processor = raw.has("ItemProcessor") ? raw.get("ItemProcessor") : raw.path("Iterator");
                scan(map.processor().graph(), processor);
            }
        }
    }
}
