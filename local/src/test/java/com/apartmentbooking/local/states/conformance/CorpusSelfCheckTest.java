package com.apartmentbooking.local.states.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the comparison against AWS's own results: every recorded result, with its redactions
 * filled in the way an engine would fill them, must match itself. A comparison that rejected AWS
 * would make the suite report engine bugs that are not there.
 */
class CorpusSelfCheckTest {
    private static final String TIMESTAMP = "2024-03-29T17:05:02.123Z";
    private static final Map<String, String> WHOLE_VALUES = Map.of(
            "date", TIMESTAMP, "entered-time", TIMESTAMP, "start-time", TIMESTAMP,
            "snf_role_arn", "arn:aws:iam::000000000000:role/local-states");

    private static List<ConformanceCase> cases;

    @BeforeAll
    static void loadCorpus() {
        cases = CaseCorpus.load(CaseCorpus.casesDirectory());
    }

    @Test
    void everyCaseLoadsWithAUniqueId() {
        assertEquals(207, cases.size());
        assertEquals(cases.size(), cases.stream().map(ConformanceCase::id).collect(Collectors.toSet()).size());
        assertTrue(cases.stream().allMatch(c -> c.id().startsWith(c.area() + "__")));
    }

    @Test
    void onlyChoiceOperatorCasesLackAHistory() {
        assertTrue(cases.stream().allMatch(c -> (c.expected().history() == null) == c.area().equals("choice_operators")));
    }

    @Test
    void everyRecordedResultMatchesItselfWithItsRedactionsFilledIn() {
        for (ConformanceCase c : cases) {
            ExpectedOutcome expected = c.expected();
            ActualOutcome aws = new ActualOutcome(expected.status(),
                    expected.output() == null ? null : filled(expected.output(), c.placeholders()),
                    expected.error(),
                    expected.cause() == null ? null : filled(expected.cause(), c.placeholders()),
                    expected.history() == null ? List.of() : expected.history());
            assertEquals(List.of(), expected.mismatches(aws, c.newPlaceholders()), c.id());
        }
    }

    @Test
    void aRedactedCaseRejectsInconsistentFillings() {
        ConformanceCase c = cases.stream().filter(k -> k.id().equals("base__test_query_context_object_values"))
                .findFirst().orElseThrow();
        ObjectNode output = (ObjectNode) filled(c.expected().output(), c.placeholders());
        ((ObjectNode) output.get("query_values_2").get("context_object").get("StateMachine"))
                .put("Name", "another-machine");
        ActualOutcome inconsistent = new ActualOutcome("SUCCEEDED", output, null, null, c.expected().history());
        List<String> mismatches = c.expected().mismatches(inconsistent, c.newPlaceholders());
        assertEquals(1, mismatches.size());
        assertFalse(mismatches.get(0).isEmpty());
    }

    private static JsonNode filled(JsonNode value, Set<String> tokens) {
        if (value.isTextual()) {
            return TextNode.valueOf(filled(value.textValue(), tokens));
        }
        if (value.isObject()) {
            ObjectNode copy = ConformanceJson.MAPPER.createObjectNode();
            value.fields().forEachRemaining(field -> copy.set(field.getKey(), filled(field.getValue(), tokens)));
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = ConformanceJson.MAPPER.createArrayNode();
            value.forEach(element -> copy.add(filled(element, tokens)));
            return copy;
        }
        return value;
    }

    /** Each token becomes a fixed plausible text, so the same token is always filled the same way. */
    private static String filled(String text, Set<String> tokens) {
        if (tokens.contains(text) && WHOLE_VALUES.containsKey(text)) {
            return WHOLE_VALUES.get(text);
        }
        String result = text;
        for (String token : tokens) {
            if (token.startsWith("<")) {
                result = result.replace(token, token.replaceAll("[^A-Za-z0-9]", "") + "-value");
            } else if (token.equals(Placeholders.ACCOUNT_ID)) {
                result = result.replace(token, "000000000000");
            }
        }
        return result;
    }
}
