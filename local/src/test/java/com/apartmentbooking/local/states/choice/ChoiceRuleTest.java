package com.apartmentbooking.local.states.choice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.jsonpath.PathContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChoiceRuleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper DECIMAL_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    /** The two instants AWS's recorded timestamp verdicts compare (the values the recording test used). */
    private static final String T0 = "2012-10-09T19:00:55Z";
    private static final String T1 = "2012-10-09T19:00:56Z";

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** Whether {"Variable": "$.v", operator: operand} holds for the input {"v": value, "w": other}. */
    private static boolean holds(String operator, String operand, String value) {
        JsonNode input = json("{'v': " + value + ", 'w': " + operand + "}");
        return rule("{'Variable': '$.v', '" + operator + "': " + operand + ", 'Next': 'N'}").matches(context(input));
    }

    /** The same comparison through the operator's *Path form, reading the operand from $.w. */
    private static boolean holdsWithPath(String operator, String operand, String value) {
        JsonNode input = json("{'v': " + value + ", 'w': " + operand + "}");
        return rule("{'Variable': '$.v', '" + operator + "Path': '$.w', 'Next': 'N'}").matches(context(input));
    }

    private static ChoiceRule rule(String json) {
        return ChoiceRule.parse(json(json));
    }

    private static PathContext context(JsonNode input) {
        return new PathContext(input, null, null);
    }

    @ParameterizedTest(name = "{1} {0} {2} is {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "StringEquals            | 'abc' | 'abc' | true",
        "StringEquals            | 'abc' | 'ABC' | false",
        "StringEquals            | ' '   | '   ' | false",
        "StringLessThan          | 'abc' | 'abb' | true",
        "StringLessThan          | ''    | ''    | false",
        "StringGreaterThan       | 'abc' | 'abd' | true",
        "StringGreaterThan       | ''    | ''    | false",
        "StringLessThanEquals    | ''    | ''    | true",
        "StringGreaterThanEquals | ''    | ''    | true",
        "StringGreaterThanEquals | 'b'   | 'a'   | false",
        "NumericEquals           | 0     | 0.0   | true",
        "NumericEquals           | 0     | -0    | true",
        "NumericEquals           | 2.22  | 2.22  | true",
        "NumericEquals           | 1     | 1.0   | true",
        "NumericEquals           | 9007199254740993 | 9007199254740992 | false",
        "NumericLessThan         | 1.1   | 1     | true",
        "NumericLessThan         | 0     | 0     | false",
        "NumericGreaterThan      | 0     | 1     | true",
        "NumericGreaterThan      | 1     | 1     | false",
        "NumericLessThanEquals   | 0     | 0     | true",
        "NumericLessThanEquals   | 0     | 1     | false",
        "NumericGreaterThanEquals| 0     | 0     | true",
        "NumericGreaterThanEquals| 1     | 0     | false",
        "BooleanEquals           | true  | true  | true",
        "BooleanEquals           | false | true  | false",
        "BooleanEquals           | false | false | true",
    })
    void comparesValuesOfTheOperatorsType(String operator, String operand, String value, boolean expected) {
        assertEquals(expected, holds(operator, operand, value), "literal operand");
        assertEquals(expected, holdsWithPath(operator, operand, value), "path operand");
    }

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "StringEquals     | '0'  | 0",
        "StringEquals     | 'null' | null",
        "StringEquals     | '[]' | []",
        "NumericEquals    | 42   | '42'",
        "NumericEquals    | 0    | false",
        "NumericEquals    | 0    | null",
        "NumericLessThan  | 1    | []",
        "BooleanEquals    | true | 'true'",
        "BooleanEquals    | false | 0",
        "TimestampEquals  | '2012-10-09T19:00:55Z' | 0",
    })
    void aValueOfAnotherTypeIsFalseNotAnError(String operator, String operand, String value) {
        assertFalse(holds(operator, operand, value));
        assertFalse(holdsWithPath(operator, operand, value));
    }

    @Test
    void aPathOperandOfAnotherTypeIsFalse() {
        assertFalse(holdsWithPath("NumericEquals", "'1'", "1"));
        assertFalse(holdsWithPath("TimestampEquals", "'not a timestamp'", "'" + T0 + "'"));
    }

    @Test
    void numbersCompareExactlyWhateverTheJsonReaderMadeOfThem() throws Exception {
        JsonNode input = DECIMAL_JSON.readTree("{\"v\": 0.1, \"w\": 0.30000000000000004}");
        assertTrue(rule("{'Variable': '$.v', 'NumericEquals': 0.1}").matches(context(input)));
        assertFalse(rule("{'Variable': '$.w', 'NumericEquals': 0.3}").matches(context(input)));
        assertTrue(rule("{'Variable': '$.v', 'NumericLessThanPath': '$.w'}").matches(context(input)));
    }

    /** AWS's recorded verdicts, with the timestamps the recording test compared (T0 < T1). */
    @ParameterizedTest(name = "{0}({1}, {2}) is {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "TimestampEquals            | T0 | T0 | true",
        "TimestampEquals            | T0 | T1 | false",
        "TimestampEquals            | T1 | T0 | false",
        "TimestampGreaterThan       | T0 | T0 | false",
        "TimestampGreaterThan       | T0 | T1 | false",
        "TimestampGreaterThan       | T1 | T0 | true",
        "TimestampGreaterThanEquals | T0 | T0 | true",
        "TimestampGreaterThanEquals | T0 | T1 | false",
        "TimestampGreaterThanEquals | T1 | T0 | true",
        "TimestampLessThan          | T0 | T0 | false",
        "TimestampLessThan          | T0 | T1 | true",
        "TimestampLessThan          | T1 | T0 | false",
        "TimestampLessThanEquals    | T0 | T0 | true",
        "TimestampLessThanEquals    | T0 | T1 | true",
        "TimestampLessThanEquals    | T1 | T0 | false",
    })
    void timestampsAsAwsRecordedThem(String operator, String variable, String operand, boolean expected) {
        String value = "'" + (variable.equals("T0") ? T0 : T1) + "'";
        String literal = "'" + (operand.equals("T0") ? T0 : T1) + "'";
        assertEquals(expected, holds(operator, literal, value));
        assertEquals(expected, holdsWithPath(operator, literal, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "0", "0.0", "1", "1.1", "''", "' '", "'2023-02-24 12:15:56.832957'", "[]",
        "['']", "{}", "{'A': 0}", "false", "true"})
    void timestampEqualsIsFalseForEverythingButATimestamp(String value) {
        assertFalse(holds("TimestampEquals", "'" + T0 + "'", value));
    }

    @Test
    void timestampsNeedTheTAndTheOffsetAndCompareAsInstants() {
        assertTrue(holds("TimestampEquals", "'" + T0 + "'", "'2012-10-09T20:00:55+01:00'"));
        assertTrue(holds("TimestampEquals", "'" + T0 + "'", "'2012-10-09T19:00:55.000Z'"));
        assertTrue(holds("TimestampLessThan", "'" + T0 + "'", "'2012-10-09T19:00:54.999999999Z'"));
        assertFalse(holds("TimestampEquals", "'" + T0 + "'", "'2012-10-09T19:00:55'"));
        assertFalse(holds("TimestampEquals", "'2023-02-24T00:00:00Z'", "'2023-02-24'"));
        assertFalse(holds("TimestampEquals", "'" + T0 + "'", "'2012-10-09 19:00:55Z'"));
    }

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "'log-*.txt'  | 'log-2024.txt'  | true",
        "'log-*.txt'  | 'log-.txt'      | true",
        "'log-*.txt'  | 'log-2024.txt2' | false",
        "'*.log'      | 'zebra.log'     | true",
        "'foo*.*'     | 'foobar.zebra'  | true",
        "'*'          | ''              | true",
        "'a*b*a'      | 'aba'           | true",
        "'a*b*a'      | 'ab'            | false",
        "'a\\\\*b'    | 'a*b'           | true",
        "'a\\\\*b'    | 'axb'           | false",
        "'a\\\\\\\\b' | 'a\\\\b'        | true",
        "'exact'      | 'exact'         | true",
        "'exact'      | 'exactly'       | false",
    })
    void stringMatchesHasOnlyTheStarWildcard(String pattern, String value, boolean expected) {
        assertEquals(expected, holds("StringMatches", pattern, value));
    }

    @Test
    void stringMatchesIsFalseForNonStrings() {
        assertFalse(holds("StringMatches", "'*'", "1"));
    }

    /**
     * AWS's recorded Is* verdicts for the values of the recording test: each test holds exactly for
     * its type, and IsPresent for every value, JSON null included.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"null", "0", "0.0", "1", "1.1", "''", "' '", "'HelloWorld'", "'2012-10-09T19:00:55'",
        "'2023-02-24'", "[]", "['']", "{}", "{'A': 0}", "true", "false"})
    void typeTests(String value) {
        JsonNode node = json(value);
        Map<String, Boolean> verdicts = Map.of(
                "IsNull", node.isNull(),
                "IsNumeric", node.isNumber(),
                "IsString", node.isTextual(),
                "IsBoolean", node.isBoolean(),
                "IsTimestamp", false,
                "IsPresent", true);
        verdicts.forEach((test, holds) -> {
            assertEquals(holds, holds(test, "true", value), test + ": true");
            assertEquals(!holds, holds(test, "false", value), test + ": false");
        });
    }

    @Test
    void isTimestampAcceptsOffsetDateTimes() {
        assertTrue(holds("IsTimestamp", "true", "'" + T0 + "'"));
        assertTrue(holds("IsTimestamp", "true", "'2012-10-09T19:00:55+01:00'"));
        assertFalse(holds("IsTimestamp", "true", "'2012-10-09T19:00:55'"));
    }

    @Test
    void isPresentLooksWithoutFailing() {
        PathContext empty = context(json("{}"));
        assertFalse(rule("{'Variable': '$.missing', 'IsPresent': true}").matches(empty));
        assertTrue(rule("{'Variable': '$.missing', 'IsPresent': false}").matches(empty));
    }

    @Test
    void aVariableThatSelectsNothingFailsTheState() {
        StatesError error = assertThrows(StatesError.class,
                () -> rule("{'Variable': '$.missing', 'StringEquals': 'x'}").matches(context(json("{}"))));
        assertEquals(StatesError.RUNTIME, error.error());
        assertEquals("Invalid path '$.missing': The choice state's condition path references an invalid value.",
                error.cause());
        assertThrows(StatesError.class,
                () -> rule("{'Variable': '$.missing', 'IsNull': true}").matches(context(json("{}"))));
    }

    @Test
    void anOperandPathThatSelectsNothingFailsTheState() {
        StatesError error = assertThrows(StatesError.class,
                () -> rule("{'Variable': '$.v', 'NumericEqualsPath': '$.w'}").matches(context(json("{'v': 1}"))));
        assertEquals("Invalid path '$.w': The choice state's condition path references an invalid value.",
                error.cause());
    }

    @Test
    void andStopsAtTheFirstFalseRuleSoPresenceGuardsWork() {
        ChoiceRule guarded = rule("{'And': [{'Variable': '$.v', 'IsPresent': true},"
                + " {'Variable': '$.v', 'NumericGreaterThan': 1}], 'Next': 'N'}");
        assertFalse(guarded.matches(context(json("{}"))));
        assertTrue(guarded.matches(context(json("{'v': 2}"))));
    }

    @Test
    void orAndNotCombineRules() {
        ChoiceRule either = rule("{'Or': [{'Variable': '$.v', 'NumericEquals': 1},"
                + " {'Variable': '$.v', 'StringEquals': 'one'}]}");
        assertTrue(either.matches(context(json("{'v': 'one'}"))));
        assertFalse(either.matches(context(json("{'v': 2}"))));
        ChoiceRule notPrivate = rule("{'Not': {'Variable': '$.type', 'StringEquals': 'Private'}, 'Next': 'Public'}");
        assertFalse(notPrivate.matches(context(json("{'type': 'Private', 'value': 22}"))));
        assertTrue(notPrivate.matches(context(json("{'type': 'Public'}"))));
    }

    @Test
    void pathsReadVariablesAndTheContextObject() {
        PathContext withVariables = new PathContext(json("{}"), json("{'Execution': {'Input': {'input-value': 0}}}"),
                name -> Optional.ofNullable(Map.of("guess", json("'the_answer'"), "answer", json("'the_answer'"))
                        .get(name)));
        assertTrue(rule("{'Variable': '$guess', 'StringEqualsPath': '$answer'}").matches(withVariables));
        assertTrue(rule("{'Variable': '$$.Execution.Input.input-value', 'NumericLessThanEquals': 0}")
                .matches(withVariables));
    }

    @Test
    void nextIsTheTopLevelRulesTarget() {
        assertEquals("Target", rule("{'Variable': '$.v', 'IsNull': true, 'Next': 'Target', 'Comment': 'c',"
                + " 'Assign': {'x': 1}}").next());
        assertNull(rule("{'Variable': '$.v', 'IsNull': true}").next());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "'not an object'",
        "{'Variable': '$.v', 'Next': 'N'}",
        "{'Variable': '$.v', 'StringEquals': 'a', 'NumericEquals': 1}",
        "{'Variable': '$.v', 'NumericEquals': '1'}",
        "{'Variable': '$.v', 'StringEquals': 1}",
        "{'Variable': '$.v', 'BooleanEquals': 'true'}",
        "{'Variable': '$.v', 'TimestampEquals': '2012-10-09'}",
        "{'Variable': '$.v', 'IsNull': 'yes'}",
        "{'Variable': '$.v', 'StringMatchesPath': '$.w'}",
        "{'Variable': '$.v', 'NumericEqualsPath': 1}",
        "{'Variable': 'v', 'IsNull': true}",
        "{'StringEquals': 'a'}",
        "{'And': []}",
        "{'And': {'Variable': '$.v', 'IsNull': true}}",
        "{'Not': {'Variable': '$.v', 'IsNull': true, 'Next': 'N'}}",
        "{'Variable': '$.v', 'IsNull': true, 'Unknown': 1}",
        "{'And': [{'Variable': '$.v', 'IsNull': true}], 'Variable': '$.v'}",
        "{'Variable': '$.v', 'IsNull': true, 'Next': 1}",
    })
    void rejectsRulesAwsRejects(String ruleJson) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> rule(ruleJson));
        assertFalse(error.getMessage().isBlank());
    }
}
