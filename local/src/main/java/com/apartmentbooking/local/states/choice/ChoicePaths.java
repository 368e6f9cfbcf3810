package com.apartmentbooking.local.states.choice;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.jsonpath.JsonPaths;
import com.apartmentbooking.local.states.jsonpath.PathContext;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the paths of Choice rules (Variable and the *Path operands). A path that selects nothing fails
 * the state with States.Runtime in the Choice state's own words; only IsPresent looks without failing.
 */
final class ChoicePaths {
    private ChoicePaths() {
    }

    static JsonNode read(String path, PathContext context) {
        return JsonPaths.find(path, context).orElseThrow(() -> new StatesError(StatesError.RUNTIME,
                "Invalid path '" + path + "': The choice state's condition path references an invalid value."));
    }

    static boolean isPresent(String path, PathContext context) {
        return JsonPaths.find(path, context).isPresent();
    }
}
