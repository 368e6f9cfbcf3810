package com.apartmentbooking.local.states.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The ASL variables in scope for a state (set by {@code Assign}), as JSONPath reads them with
 * {@code $name}. The engine owns scoping; paths only look names up.
 */
@FunctionalInterface
public interface Variables {

    /** No variables in scope, for paths evaluated outside any execution. */
    Variables NONE = name -> Optional.empty();

    Optional<JsonNode> lookup(String name);
}
