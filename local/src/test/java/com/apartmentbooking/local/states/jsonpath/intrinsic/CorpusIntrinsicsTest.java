package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.apartmentbooking.local.RecordedAws;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.jsonpath.JsonPaths;
import com.apartmentbooking.local.states.jsonpath.PathContext;
import com.apartmentbooking.local.states.jsonpath.PayloadTemplates;
import com.apartmentbooking.local.states.jsonpath.ResultPaths;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The AWS-recorded cases whose whole execution is one Pass or Fail state built from JSONPath
 * fields and intrinsic calls: there the recorded result is a direct function of this package's
 * output, so the expressions are checked against what AWS returned without running the engine.
 * Cases with redacted values or random results are left to the engine's conformance suite.
 */
class CorpusIntrinsicsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> PASS_FIELDS = Set.of("Type", "Comment", "End", "Parameters", "InputPath",
            "ResultPath", "OutputPath");
    private static final Set<String> FAIL_FIELDS = Set.of("Type", "Comment", "Error", "Cause", "ErrorPath", "CausePath");
    private static final Set<String> RANDOM_FEATURES = Set.of("Intrinsic:States.MathRandom", "Intrinsic:States.UUID");

    @TestFactory
    Stream<DynamicTest> recordedResultsOfSingleStateCases() throws IOException {
        List<JsonNode> cases = singleStateCases();
        assertTrue(cases.size() >= 30, "expected the corpus's intrinsic cases, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.path("name").asText(), () -> check(c)));
    }

    private static List<JsonNode> singleStateCases() throws IOException {
        try (Stream<Path> files = Files.list(RecordedAws.path("sfn/cases"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(CorpusIntrinsicsTest::read)
                    .filter(CorpusIntrinsicsTest::isDirect).toList();
        }
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isDirect(JsonNode c) {
        JsonNode definition = c.path("definition");
        if (c.has("placeholders") || definition.has("QueryLanguage") || definition.path("States").size() != 1) {
            return false;
        }
        boolean usesJsonPathFeatures = false;
        for (JsonNode feature : c.path("features")) {
            if (RANDOM_FEATURES.contains(feature.asText())) {
                return false;
            }
            usesJsonPathFeatures |= feature.asText().startsWith("Intrinsic:") || feature.asText().endsWith("Path")
                    || feature.asText().equals("Parameters");
        }
        JsonNode state = definition.path("States").elements().next();
        Set<String> allowed = switch (state.path("Type").asText()) {
            case "Pass" -> PASS_FIELDS;
            case "Fail" -> FAIL_FIELDS;
            default -> Set.of();
        };
        return usesJsonPathFeatures && !allowed.isEmpty() && iterable(state.fieldNames()).allMatch(allowed::contains);
    }

    private static Stream<String> iterable(java.util.Iterator<String> names) {
        Stream.Builder<String> builder = Stream.builder();
        names.forEachRemaining(builder);
        return builder.build();
    }

    private static void check(JsonNode c) throws IOException {
        JsonNode expected = c.path("expected");
        if (expected.path("status").asText().equals("FAILED") && !expected.has("error")) {
            return;
        }
        try {
            JsonNode[] outcome = run(c);
            if (outcome.length == 2) {
                assertEquals("FAILED", expected.path("status").asText());
                assertEquals(expected.path("error").asText(), outcome[0].asText());
                assertEquals(expected.path("cause").asText(), outcome[1].asText());
            } else {
                assertEquals("SUCCEEDED", expected.path("status").asText());
                // Compared as JSON text so that number node classes do not matter, as the engine's output is text.
                assertEquals(expected.path("output"), MAPPER.readTree(outcome[0].toString()));
            }
        } catch (StatesError e) {
            assertEquals("FAILED", expected.path("status").asText(), e.getMessage());
            assertEquals(expected.path("error").asText(), e.error());
            assertTrue(expected.path("cause").asText().endsWith(" " + e.cause()), e.cause());
        }
    }

    // The state's outcome as AWS records it: the output of a Pass state, or the error and cause
    // of a Fail state (which AWS reports as the execution's FAILED result).
    private static JsonNode[] run(JsonNode c) {
        JsonNode input = c.path("input");
        JsonNode state = c.path("definition").path("States").elements().next();
        ObjectNode context = JsonNodeFactory.instance.objectNode();
        context.putObject("Execution").set("Input", input);
        PathContext scope = new PathContext(input, context, null);
        if (state.path("Type").asText().equals("Fail")) {
            return new JsonNode[] {
                PayloadTemplates.evaluateExpression(state.path("ErrorPath").asText(), scope, "ErrorPath"),
                PayloadTemplates.evaluateExpression(state.path("CausePath").asText(), scope, "CausePath")};
        }
        JsonNode effectiveInput = JsonPaths.applyField(state.get("InputPath"), scope);
        JsonNode parameters = state.has("Parameters")
                ? PayloadTemplates.evaluate(state.get("Parameters"), scope.withInput(effectiveInput))
                : effectiveInput;
        JsonNode resultPath = state.get("ResultPath");
        JsonNode merged = ResultPaths.merge(resultPath == null ? "$" : resultPath.textValue(), input, parameters);
        return new JsonNode[] {JsonPaths.applyField(state.get("OutputPath"), scope.withInput(merged))};
    }
}
