package com.apartmentbooking.local.states.definition;

/**
 * A parsed and validated ASL document. {@code timeoutSeconds} is the top-level TimeoutSeconds,
 * null when absent; {@code queryLanguage} is the top-level language, JSONPath by default.
 */
public record StateMachineDefinition(
        String comment,
        String version,
        QueryLanguage queryLanguage,
        Integer timeoutSeconds,
        StateGraph graph) {
}
