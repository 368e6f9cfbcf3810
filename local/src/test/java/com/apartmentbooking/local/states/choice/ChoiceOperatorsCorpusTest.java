package com.apartmentbooking.local.states.choice;

import com.apartmentbooking.local.RecordedAws;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.states.jsonpath.PathContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the Choice rule of every {@code choice_operators__*} case recorded on AWS and checks the
 * branch it takes. In those cases a Choice state leads to one of two Pass states whose Result names
 * the branch, and the recorded output is that Result; so the branch the rule picks (its Next, or the
 * state's Default) must be the Pass state whose Result equals the recorded output.
 *
 * <p>The snapshot tool replaced every timestamp of the timestamp cases by the bare word {@code date}
 * (the corpus README's placeholder convention), so the original values are lost. Each such
 * placeholder is treated as a wildcard over timestamps: the case passes when some choice of
 * timestamps for them (those of the rule and one second either side) gives the recorded branch.
 * {@code ChoiceRuleTest} checks the same operators with the unredacted values the recording test used.
 */
class ChoiceOperatorsCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REDACTED_TIMESTAMP = "date";
    private static final String PREFIX = "choice_operators__";
    private static final int EXPECTED_CASES = 40;

    @TestFactory
    Stream<DynamicTest> everyRecordedVerdict() throws IOException {
        Path cases = RecordedAws.path("sfn/cases");
        List<Path> files;
        try (Stream<Path> listing = Files.list(cases)) {
            files = listing.filter(file -> file.getFileName().toString().startsWith(PREFIX)).sorted().toList();
        }
        assertEquals(EXPECTED_CASES, files.size(), "choice_operators cases in " + cases);
        return files.stream().map(file -> DynamicTest.dynamicTest(
                file.getFileName().toString().substring(PREFIX.length()), () -> check(read(file))));
    }

    private static void check(JsonNode recorded) {
        JsonNode states = recorded.at("/definition/States");
        JsonNode choice = choiceState(states);
        String expectedBranch = branchWithResult(states, recorded.at("/expected/output"));
        Set<String> reachable = new LinkedHashSet<>();
        for (JsonNode input : substitutions(recorded.get("input"), timestampsOf(choice))) {
            reachable.add(branch(choice, input));
        }
        assertTrue(reachable.contains(expectedBranch),
                "AWS took " + expectedBranch + ", the rule gives " + reachable + " for " + recorded.get("input"));
    }

    private static JsonNode choiceState(JsonNode states) {
        for (JsonNode state : states) {
            if (state.path("Type").asText().equals("Choice")) {
                return state;
            }
        }
        throw new AssertionError("no Choice state in " + states);
    }

    /** The Pass state whose Result is the recorded output: the branch AWS took. */
    private static String branchWithResult(JsonNode states, JsonNode output) {
        for (Map.Entry<String, JsonNode> state : states.properties()) {
            if (output.equals(state.getValue().get("Result"))) {
                return state.getKey();
            }
        }
        throw new AssertionError("no state has the Result " + output);
    }

    private static String branch(JsonNode choice, JsonNode input) {
        PathContext context = new PathContext(input, null, null);
        for (JsonNode rule : choice.get("Choices")) {
            ChoiceRule parsed = ChoiceRule.parse(rule);
            if (parsed.matches(context)) {
                return parsed.next();
            }
        }
        return choice.path("Default").asText();
    }

    /** The timestamps written in the rule, each also a second earlier and later; a fixed pair if none. */
    private static List<String> timestampsOf(JsonNode choice) {
        Set<String> candidates = new LinkedHashSet<>();
        collectTimestamps(choice.get("Choices"), candidates);
        if (candidates.isEmpty()) {
            candidates.add("2012-10-09T19:00:55Z");
        }
        Set<String> spread = new LinkedHashSet<>();
        for (String candidate : candidates) {
            Instant instant = Instant.parse(candidate);
            spread.add(instant.minusSeconds(1).toString());
            spread.add(instant.toString());
            spread.add(instant.plusSeconds(1).toString());
        }
        return new ArrayList<>(spread);
    }

    private static void collectTimestamps(JsonNode node, Set<String> candidates) {
        if (node.isTextual() && TimestampValues.parse(node.textValue()).isPresent()) {
            candidates.add(node.textValue());
        }
        for (JsonNode child : node) {
            collectTimestamps(child, candidates);
        }
    }

    /** The input with every redacted member replaced by each combination of candidate timestamps. */
    private static List<JsonNode> substitutions(JsonNode input, List<String> timestamps) {
        List<JsonNode> inputs = new ArrayList<>();
        inputs.add(input);
        if (!input.isObject()) {
            return inputs;
        }
        for (Map.Entry<String, JsonNode> member : input.properties()) {
            if (!REDACTED_TIMESTAMP.equals(member.getValue().textValue())) {
                continue;
            }
            List<JsonNode> expanded = new ArrayList<>();
            for (JsonNode partial : inputs) {
                for (String timestamp : timestamps) {
                    ObjectNode copy = partial.deepCopy();
                    copy.set(member.getKey(), JsonNodeFactory.instance.textNode(timestamp));
                    expanded.add(copy);
                }
            }
            inputs = expanded;
        }
        return inputs;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
