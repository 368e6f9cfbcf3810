package com.apartmentbooking.local.states.definition;

/**
 * One problem found in a definition, as ValidateStateMachineDefinition reports it: a code such as
 * {@code SCHEMA_VALIDATION_FAILED}, a message, and the JSON location ({@code /States/A/Next}),
 * null when the problem belongs to no single place.
 */
public record Diagnostic(String severity, String code, String message, String location) {
    public static final String ERROR = "ERROR";

    public static final String INVALID_JSON_DESCRIPTION = "INVALID_JSON_DESCRIPTION";
    public static final String MISSING_DESCRIPTION = "MISSING_DESCRIPTION";
    public static final String SCHEMA_VALIDATION_FAILED = "SCHEMA_VALIDATION_FAILED";
    public static final String INVALID_RESOURCE = "INVALID_RESOURCE";
    public static final String MISSING_END_STATE = "MISSING_END_STATE";
    public static final String DUPLICATE_STATE_NAME = "DUPLICATE_STATE_NAME";
    public static final String INVALID_STATE_NAME = "INVALID_STATE_NAME";
    public static final String MISSING_TRANSITION_TARGET = "MISSING_TRANSITION_TARGET";

    public static Diagnostic error(String code, String message, String location) {
        return new Diagnostic(ERROR, code, message, location);
    }

    /** The way CreateStateMachine quotes a diagnostic: {@code CODE: message at /location}. */
    @Override
    public String toString() {
        return code + ": " + message + " at " + location;
    }
}
