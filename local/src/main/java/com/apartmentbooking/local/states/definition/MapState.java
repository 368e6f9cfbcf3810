package com.apartmentbooking.local.states.definition;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Map state. Items come from {@code itemsPath} (JSONPath, "$" when absent) or {@code items}
 * (JSONata, the state input when absent); each is reshaped by {@code itemSelector} (ItemSelector,
 * or the legacy Parameters of a Map) before its iteration runs. ItemReader, ItemBatcher and
 * ResultWriter are kept as written (null when absent).
 */
public record MapState(
        String name,
        QueryLanguage queryLanguage,
        Transition transition,
        StateIo io,
        ErrorHandling errorHandling,
        MapProcessor processor,
        String itemsPath,
        JsonNode items,
        JsonNode itemSelector,
        MapLimits limits,
        JsonNode itemReader,
        JsonNode itemBatcher,
        JsonNode resultWriter,
        String label) implements State {
    @Override
    public StateType type() {
        return StateType.MAP;
    }
}
