package com.apartmentbooking.model.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the environment variables a Lambda function cannot start without. Every missing one is
 * named in a single error, so a misconfigured function tells everything it lacks in its first log.
 */
public final class RequiredEnvironment {
    private final Map<String, String> environment;
    private final List<String> missing = new ArrayList<>();

    public RequiredEnvironment(Map<String, String> environment) {
        this.environment = environment;
    }

    /** The variable's value, or null (remembered as missing) when it is unset or blank. */
    public String value(String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            missing.add(name);
            return null;
        }
        return value;
    }

    /** @throws IllegalStateException naming, in reading order, every variable read so far that is missing */
    public void throwIfMissing() {
        if (!missing.isEmpty()) {
            throw new IllegalStateException("missing environment variable(s): " + String.join(", ", missing));
        }
    }
}
