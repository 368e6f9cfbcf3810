package com.apartmentbooking.local.states.definition;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A definition that cannot run, with every problem found. The message is the one CreateStateMachine
 * gives for an InvalidDefinition: {@code Invalid State Machine Definition: 'CODE: msg at /loc, ...'}.
 */
public class DefinitionValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public DefinitionValidationException(List<Diagnostic> diagnostics) {
        super("Invalid State Machine Definition: '"
                + diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining(", ")) + "'");
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
