package com.apartmentbooking.local.states.definition;

import com.apartmentbooking.local.states.choice.ChoiceRule;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One element of a Choice state's {@code Choices}: a JSONPath comparison ({@code rule}) or a
 * JSONata {@code condition}, the state it leads to, and the Assign and (JSONata) Output applied
 * when it matches.
 */
public record ChoiceBranch(ChoiceRule rule, JsonNode condition, String next, JsonNode assign, JsonNode output) {
}
