package com.apartmentbooking.local.states.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One element of a {@code Catch} array. {@code resultPath} is the JSONPath ResultPath ("$" when
 * absent, null when set to null); {@code output} and {@code assign} are the JSONata Output and
 * either language's Assign, null when absent.
 */
public record Catcher(List<String> errorEquals, String next, String resultPath, JsonNode output, JsonNode assign) {
    public Catcher {
        errorEquals = List.copyOf(errorEquals);
    }
}
