package com.apartmentbooking.local.states.jsonata;

import static com.apartmentbooking.local.states.jsonata.JsonataTemplatesTest.json;
import static com.apartmentbooking.local.states.jsonata.JsonataTemplatesTest.scopeWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.states.StatesError;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The JSONata functions Step Functions adds, with the results AWS recorded where the corpus has them. */
class StatesJsonataFunctionsTest {

    private static JsonNode evaluate(String expression, String input) {
        return JsonataTemplates.evaluateExpression(expression, scopeWithInput(input), "Output");
    }

    private static JsonNode evaluate(String expression) {
        return evaluate(expression, "{}");
    }

    private static String failure(String expression) {
        StatesError error = assertThrows(StatesError.class, () -> evaluate(expression));
        assertEquals(StatesError.QUERY_EVALUATION_ERROR, error.error());
        return error.cause();
    }

    @Test
    void partitionSplitsIntoChunks() {
        assertEquals(json("[[0]]"), evaluate("$partition($states.input.fst, $states.input.snd)",
                "{\"fst\": [0], \"snd\": 1}"));
        assertEquals(json("[[0]]"), evaluate("$partition($states.input.fst, $states.input.snd)",
                "{\"fst\": [0], \"snd\": 2}"));
        assertEquals(json("[[1, 2, 3], [4, 5]]"), evaluate("$partition([1, 2, 3, 4, 5], 3)"));
        assertEquals(json("[]"), evaluate("$partition([], 3)"));
        assertTrue(failure("$partition([1], 0)").contains("threw an error during evaluation."));
    }

    @Test
    void rangeIncludesTheEndWhenAStepLandsOnIt() {
        assertEquals(json("[0, 3, 6, 9]"), evaluate("$range($states.input.fst, $states.input.snd, $states.input.trd)",
                "{\"fst\": 0, \"snd\": 9, \"trd\": 3}"));
        assertEquals(json("[0, 3, 6, 9]"), evaluate("$range(0, 10, 3)"));
        assertEquals(json("[10, 5, 0]"), evaluate("$range(10, 0, -5)"));
        assertTrue(failure("$range(0, 10, 0)").contains("threw an error during evaluation."));
        assertTrue(failure("$range(0, 1000, 1)").contains("more than 1000 items"));
        assertEquals(1000, evaluate("$range(1, 1000, 1)").size());
    }

    @Test
    void hashGivesLowercaseHex() {
        assertEquals(json("\"1cac63f39fd68d8c531f27b807610fb3d50f0fc3f186995767fb6316e7200a3e\""),
                evaluate("$hash('Hash this string', 'SHA-256')"));
        assertEquals(json("\"376630459092d7682c2a2e745d74aa6b\""), evaluate("$hash('Hash this string', 'MD5')"));
        assertTrue(failure("$hash('x', 'SHA-999')").contains("threw an error during evaluation."));
    }

    @Test
    void randomIsBelowOneAndRepeatsForASeed() {
        double unseeded = evaluate("$random()").doubleValue();
        assertTrue(unseeded >= 0 && unseeded < 1);
        assertEquals(evaluate("$random(7)"), evaluate("$random(7)"));
        assertNotEquals(evaluate("$random(7)"), evaluate("$random(8)"));
    }

    @Test
    void uuidIsAVersionFourUuid() {
        assertTrue(evaluate("$uuid()").textValue()
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    }

    /** intrinsic_functions/test_parse: AWS gave 0 for "-0" and 1 for "1". */
    @Test
    void parseReadsJsonText() {
        assertEquals(json("0"), evaluate("$parse($states.input.FunctionInput)", "{\"FunctionInput\": \"-0\"}"));
        assertEquals(json("1"), evaluate("$parse($states.input.FunctionInput)", "{\"FunctionInput\": \"1\"}"));
        assertEquals(json("{\"a\": [1, null]}"), evaluate("$parse('{\"a\": [1, null]}')"));
        assertTrue(failure("$parse('{')").contains("threw an error during evaluation."));
        assertTrue(failure("$parse('1 2')").contains("threw an error during evaluation."));
    }

    @Test
    void argumentsOfTheWrongTypeFailWithJsonatasSignatureError() {
        assertTrue(failure("$hash(1, 'MD5')").contains("T0410"));
    }
}
