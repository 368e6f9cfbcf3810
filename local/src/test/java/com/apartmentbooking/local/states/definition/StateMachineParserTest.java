package com.apartmentbooking.local.states.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StateMachineParserTest {

    private static List<String> problems(String definition) {
        return StateMachineParser.validate(definition).stream().map(Diagnostic::toString).toList();
    }

    @Test
    void readsEveryStateTypeWithItsFieldsAndDefaults() {
        StateMachineDefinition definition = StateMachineParser.parse("""
                {"Comment": "all", "TimeoutSeconds": 60, "StartAt": "P", "States": {
                  "P": {"Type": "Pass", "Result": 1, "ResultPath": null, "Next": "T"},
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 30,
                        "Retry": [{"ErrorEquals": ["States.ALL"], "JitterStrategy": "FULL"}],
                        "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "F"}], "Next": "C"},
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.a", "IsPresent": true, "Next": "W"}],
                        "Default": "S"},
                  "W": {"Type": "Wait", "Seconds": 5, "Next": "Par"},
                  "Par": {"Type": "Parallel", "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}],
                          "Next": "M"},
                  "M": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 2, "ToleratedFailurePercentage": 5,
                        "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED"}, "StartAt": "I",
                          "States": {"I": {"Type": "Pass", "End": true}}}, "End": true},
                  "S": {"Type": "Succeed"},
                  "F": {"Type": "Fail", "Error": "E", "Cause": "C"}}}""");

        assertEquals(60, definition.timeoutSeconds());
        assertEquals(QueryLanguage.JSONPATH, definition.queryLanguage());
        StateGraph graph = definition.graph();
        PassState pass = assertInstanceOf(PassState.class, graph.state("P"));
        assertNull(pass.io().resultPath());
        assertEquals("$", pass.io().inputPath());
        TaskState task = assertInstanceOf(TaskState.class, graph.state("T"));
        Retrier retrier = task.errorHandling().retriers().get(0);
        assertEquals(List.of(1, 3, 2.0, JitterStrategy.FULL), List.of(retrier.intervalSeconds(),
                retrier.maxAttempts(), retrier.backoffRate(), retrier.jitterStrategy()));
        assertEquals("$", task.errorHandling().catchers().get(0).resultPath());
        MapState map = assertInstanceOf(MapState.class, graph.state("M"));
        assertEquals(ProcessorMode.DISTRIBUTED, map.processor().mode());
        assertEquals("STANDARD", map.processor().executionType());
        assertEquals("$.items", map.itemsPath());
        assertTrue(graph.state("S").isTerminal());
    }

    @Test
    void aLegacyMapIteratorAndParametersAreTheProcessorAndItemSelector() {
        MapState map = (MapState) StateMachineParser.parse("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "Parameters": {"v.$": "$$.Map.Item.Value"},
                  "Iterator": {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}}, "End": true}}}""")
                .graph().state("M");

        assertEquals(ProcessorMode.INLINE, map.processor().mode());
        assertEquals("$$.Map.Item.Value", map.itemSelector().get("v.$").asText());
        assertNull(map.io().parameters());
    }

    @Test
    void aStateTakesTheMachinesLanguageUnlessItSetsItsOwn() {
        StateMachineDefinition definition = StateMachineParser.parse("""
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% 1 %}", "Next": "B"},
                  "B": {"Type": "Pass", "End": true}}}""");

        assertEquals(QueryLanguage.JSONATA, definition.graph().state("A").queryLanguage());
        assertEquals(QueryLanguage.JSONPATH, definition.graph().state("B").queryLanguage());
    }

    @Test
    void reportsEveryProblemWithItsLocation() {
        List<String> problems = problems("""
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Next": "Nowhere", "Colour": "red"},
                  "B": {"Type": "Pass", "End": true},
                  "C": {"Type": "Task", "End": true},
                  "D": {"Type": "Teleport"}}}""");

        assertEquals(List.of(
                "SCHEMA_VALIDATION_FAILED: Field 'Colour' is not supported at /States/A",
                "SCHEMA_VALIDATION_FAILED: These fields are required: [Resource] at /States/C",
                "SCHEMA_VALIDATION_FAILED: Field 'Type' must be one of [Pass, Task, Choice, Wait, Succeed, Fail, "
                        + "Parallel, Map] at /States/D/Type",
                "MISSING_TRANSITION_TARGET: Missing 'Next' target: Nowhere at /States/A/Next"), problems);
    }

    @Test
    void unreachableStatesAndGraphsWithoutAnEndAreReported() {
        assertEquals(List.of("MISSING_TRANSITION_TARGET: State \"C\" is not reachable. at /States/C"), problems("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "Next": "A"},
                  "C": {"Type": "Pass", "End": true}}}"""));
        assertEquals(List.of("MISSING_END_STATE: Workflow has no terminal state at null"), problems("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "Next": "A"}}}"""));
    }

    @Test
    void fieldsOfTheOtherQueryLanguageAreRefused() {
        assertEquals(List.of("SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONata', but field 'Parameters' "
                + "is only supported for the 'JSONPath' QueryLanguage at /States/A"), problems("""
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Parameters": {"a": 1}, "End": true}}}"""));
        assertEquals(List.of("SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONPath', but field 'Arguments' "
                + "is only supported for the 'JSONata' QueryLanguage at /States/A"), problems("""
                {"StartAt": "A", "States": {
                  "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Arguments": {}, "End": true}}}"""));
        assertEquals(List.of("SCHEMA_VALIDATION_FAILED: 'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' "
                + "for whole state machine at /States/A"), problems("""
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                  "A": {"Type": "Pass", "QueryLanguage": "JSONPath", "End": true}}}"""));
    }

    @Test
    void stateNamesAreUniqueAcrossTheWholeMachine() {
        assertEquals(List.of("DUPLICATE_STATE_NAME: Duplicate State name: A at /States/P/Branches/0/States/A"),
                problems("""
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Next": "P"},
                  "P": {"Type": "Parallel", "End": true,
                        "Branches": [{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}]}}}"""));
    }

    @Test
    void transitionsStayInsideTheirOwnGraph() {
        assertEquals(List.of("MISSING_TRANSITION_TARGET: Missing 'Next' target: Outer at "
                + "/States/M/ItemProcessor/States/I/Next"), problems("""
                {"StartAt": "M", "States": {
                  "M": {"Type": "Map", "Next": "Outer",
                        "ItemProcessor": {"StartAt": "I", "States": {
                          "I": {"Type": "Pass", "Next": "Outer"}, "J": {"Type": "Succeed"}}}},
                  "Outer": {"Type": "Succeed"}}}""").stream().filter(p -> p.contains("Missing")).toList());
    }

    @Test
    void retryAndCatchAreChecked() {
        assertEquals(List.of(
                "SCHEMA_VALIDATION_FAILED: States.ALL must appear in the last element of the array at /States/T/Retry/0/ErrorEquals",
                "SCHEMA_VALIDATION_FAILED: Field 'BackoffRate' must be a number greater than or equal to 1.0 at /States/T/Retry/1/BackoffRate",
                "SCHEMA_VALIDATION_FAILED: These fields are required: [Next] at /States/T/Catch/0"), problems("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Retry": [{"ErrorEquals": ["States.ALL"]}, {"ErrorEquals": ["E"], "BackoffRate": 0.5}],
                  "Catch": [{"ErrorEquals": ["E"]}], "End": true}}}"""));
    }

    @Test
    void waitMapAndChoiceStructureIsChecked() {
        assertEquals(List.of(
                "SCHEMA_VALIDATION_FAILED: A Wait state must have exactly one of the fields [Seconds, SecondsPath, "
                        + "Timestamp, TimestampPath] at /States/W",
                "SCHEMA_VALIDATION_FAILED: Field 'QueryLanguage' is not supported at /States/M/ItemProcessor",
                "SCHEMA_VALIDATION_FAILED: Field 'Choices' must be a non-empty array at /States/C/Choices",
                "MISSING_END_STATE: Workflow has no terminal state at null"), problems("""
                {"StartAt": "W", "States": {
                  "W": {"Type": "Wait", "Seconds": 1, "SecondsPath": "$.s", "Next": "M"},
                  "M": {"Type": "Map", "Next": "C", "ItemProcessor": {"QueryLanguage": "JSONata", "StartAt": "I",
                        "States": {"I": {"Type": "Succeed"}}}},
                  "C": {"Type": "Choice", "Choices": []}}}"""));
    }

    @Test
    void aBadChoiceRuleIsADefinitionProblem() {
        List<String> problems = problems("""
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.a", "Next": "D"}]},
                  "D": {"Type": "Succeed"}}}""");

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("SCHEMA_VALIDATION_FAILED: ") && problems.get(0).endsWith(
                " at /States/C/Choices/0"), problems.get(0));
    }

    @Test
    void invalidJsonAndTheExceptionMessageFollowAws() {
        assertEquals("INVALID_JSON_DESCRIPTION", StateMachineParser.validate("{").get(0).code());
        assertEquals("MISSING_DESCRIPTION", StateMachineParser.validate(" ").get(0).code());
        DefinitionValidationException invalid = assertThrows(DefinitionValidationException.class,
                () -> StateMachineParser.parse("""
                        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}}}"""));

        assertEquals("Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target: B at "
                + "/States/A/Next, MISSING_END_STATE: Workflow has no terminal state at null'", invalid.getMessage());
        assertEquals(2, invalid.diagnostics().size());
    }

    @Test
    void pathsAndIntrinsicCallsMustParse() {
        List<String> problems = problems("""
                {"StartAt": "P", "States": {
                  "P": {"Type": "Pass", "InputPath": "$.a b", "ResultPath": "$.items[*]",
                        "Parameters": {"x.$": "States.Nope($.a)"}, "Next": "F"},
                  "F": {"Type": "Fail", "CausePath": "States.Format('{}', $.c)"}}}""");

        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("'x.$' must be a valid JSONPath or a valid intrinsic function call"));
        assertTrue(problems.get(1).endsWith("at /States/P/InputPath"), problems.get(1));
        assertTrue(problems.get(2).contains("'ResultPath' must be a valid ReferencePath"), problems.get(2));
    }
}
