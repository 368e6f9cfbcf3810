package com.apartmentbooking.local.states.choice;

import com.apartmentbooking.local.states.jsonpath.PathContext;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Choice rule of the JSONPath query language, parsed once into an immutable tree: comparisons
 * (String*, StringMatches, Numeric*, BooleanEquals, Timestamp* and their *Path forms), type tests
 * (IsNull, IsPresent, IsNumeric, IsString, IsBoolean, IsTimestamp) and And/Or/Not.
 *
 * <p>A value of the wrong type makes a comparison false; a Variable or operand path that selects
 * nothing fails with States.Runtime, except under IsPresent.
 */
public final class ChoiceRule {
    private final Condition condition;
    private final String next;

    private ChoiceRule(Condition condition, String next) {
        this.condition = condition;
        this.next = next;
    }

    /**
     * Parses a rule of a Choice state's Choices (with its Next, Comment and Assign, which the engine
     * applies). Throws IllegalArgumentException saying what is wrong with a rule AWS would reject.
     */
    public static ChoiceRule parse(JsonNode ruleJson) {
        Condition condition = RuleParser.parse(ruleJson, true);
        JsonNode next = ruleJson.get(RuleParser.NEXT);
        if (next != null && !next.isTextual()) {
            throw new IllegalArgumentException("The Next of a Choice rule must be a state name: " + next);
        }
        return new ChoiceRule(condition, next == null ? null : next.textValue());
    }

    /** Whether the rule holds for the state's input, context object and variables. */
    public boolean matches(PathContext context) {
        return condition.test(context);
    }

    /** The state the rule leads to, or null when the parsed JSON had no Next. */
    public String next() {
        return next;
    }
}
