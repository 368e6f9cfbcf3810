package com.apartmentbooking.local.states.definition;

import java.util.ArrayList;
import java.util.List;

/** The diagnostics collected while reading one definition; reading goes on after each problem. */
final class Problems {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    void add(String code, String message, String location) {
        diagnostics.add(Diagnostic.error(code, message, location));
    }

    void schema(String message, String location) {
        add(Diagnostic.SCHEMA_VALIDATION_FAILED, message, location);
    }

    boolean isEmpty() {
        return diagnostics.isEmpty();
    }

    List<Diagnostic> list() {
        return List.copyOf(diagnostics);
    }
}
