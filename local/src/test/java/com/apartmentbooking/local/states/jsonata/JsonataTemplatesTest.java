package com.apartmentbooking.local.states.jsonata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.jsonpath.Variables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonataTemplatesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static JsonataScope scopeWithInput(String input) {
        return JsonataScope.of(json(input), json("{\"State\": {\"Name\": \"S\"}}"), null);
    }

    static JsonNode evaluate(String template, JsonataScope scope) {
        return JsonataTemplates.evaluate(json(template), scope, "Output");
    }

    static StatesError failure(String template, JsonataScope scope) {
        StatesError error = assertThrows(StatesError.class, () -> evaluate(template, scope));
        assertEquals(StatesError.QUERY_EVALUATION_ERROR, error.error());
        return error;
    }

    @Test
    void onlyAStringExactlyInsideTheDelimitersIsAnExpression() {
        assertTrue(JsonataTemplates.isExpression(json("\"{% $x %}\"")));
        assertTrue(JsonataTemplates.isExpression(json("\"{%$x%}\"")));
        assertFalse(JsonataTemplates.isExpression(json("\" {% $x %}\"")));
        assertFalse(JsonataTemplates.isExpression(json("\"{% $x %} \"")));
        assertFalse(JsonataTemplates.isExpression(json("\"$states.input\"")));
        assertFalse(JsonataTemplates.isExpression(json("{\"a\": \"{% $x %}\"}")));
        assertFalse(JsonataTemplates.isExpression(null));
    }

    /** The Output of outputdecl/BASE_LITERALS, which AWS returned unchanged. */
    @Test
    void everythingButAnExpressionIsALiteral() {
        JsonNode literals = json("{\"constant_null\": null, \"constant_int\": 0, \"constant_float\": 0.1,"
                + " \"constant_bool\": true, \"constant_not_jsonata\": \" {% states.input %} \","
                + " \"constant_varpath_states\": \"$states.input\", \"constant_jp_input.$\": \"$\","
                + " \"constant_if\": \"States.Format('Format:{}', 101)\","
                + " \"constant_lst\": [null, 0, 0.1, true, [], {\"constant\": 0}, \" {% states.input %} \"],"
                + " \"constant_obj\": {\"in_obj_constant_str\": \"constant string\"}}");
        assertEquals(literals, JsonataTemplates.evaluate(literals, scopeWithInput("{}"), "Output"));
        JsonNode scalar = json("0.1");
        assertSame(scalar, JsonataTemplates.evaluate(scalar, scopeWithInput("{}"), "Output"));
    }

    @Test
    void expressionsAreEvaluatedAtAnyDepth() {
        JsonNode result = evaluate("{\"a\": \"{% 1 + 1 %}\", \"b\": [\"{% 'x' & 'y' %}\", 2, {\"c\": \"{% [] %}\"}],"
                + " \"literal\": \"text\"}", scopeWithInput("{}"));
        assertEquals(json("{\"a\": 2, \"b\": [\"xy\", 2, {\"c\": []}], \"literal\": \"text\"}"), result);
    }

    @Test
    void whitespaceInsideTheDelimitersIsIgnored() {
        assertEquals(json("5"), evaluate("\"{%   $states.input.a \\n %}\"", scopeWithInput("{\"a\": 5}")));
        assertEquals(json("5"), JsonataTemplates.evaluateExpression(" $states.input.a ", scopeWithInput("{\"a\": 5}")));
    }

    @Test
    void statesHoldsTheInputAndTheContextObject() {
        JsonataScope scope = scopeWithInput("{\"part1\": {\"hello\": \"world\"}, \"part2\": {\"foo\": \"bar\"}}");
        assertEquals(json("{\"hello\": \"world\", \"foo\": \"bar\"}"),
                evaluate("\"{% $merge([$states.input.part1, $states.input.part2]) %}\"", scope));
        assertEquals(json("\"S\""), evaluate("\"{% $states.context.State.Name %}\"", scope));
    }

    @Test
    void resultAndErrorOutputExistOnlyWhereTheFieldMayUseThem() {
        JsonataScope before = scopeWithInput("{}");
        assertEquals("The JSONata expression '$states.result' specified for the field 'Output' returned nothing"
                + " (undefined).", failure("\"{% $states.result %}\"", before).cause());
        assertEquals(json("[\"input\", \"context\"]"), evaluate("\"{% $keys($states) %}\"", before));

        JsonataScope after = before.withResult(json("{\"r\": 1}"));
        assertEquals(json("1"), evaluate("\"{% $states.result.r %}\"", after));
        JsonataScope caught = before.withErrorOutput(json("{\"Error\": \"E\", \"Cause\": \"C\"}"));
        assertEquals(json("\"E\""), evaluate("\"{% $states.errorOutput.Error %}\"", caught));
        assertEquals(json("null"), evaluate("\"{% $states.result %}\"",
                before.withResult(JsonNodeFactory.instance.nullNode())));
    }

    @Test
    void jsonNullIsAValueButNothingIsAnError() {
        JsonataScope scope = scopeWithInput("{\"n\": null, \"list\": [1, null]}");
        assertEquals(json("null"), evaluate("\"{% $states.input.n %}\"", scope));
        assertEquals(json("null"), evaluate("\"{% null %}\"", scope));
        assertEquals(json("{\"x\": null, \"list\": [1, null]}"),
                evaluate("\"{% {'x': $states.input.n, 'list': $states.input.list} %}\"", scope));
        assertEquals(json("{\"n\": null, \"list\": [1, null]}"), evaluate("\"{% $states.input %}\"", scope));
        assertEquals(json("true"), evaluate("\"{% $exists($states.input.n) %}\"", scope));
        assertEquals(json("{}"), evaluate("\"{% {'x': $nothing} %}\"", scope));
    }

    /** The cause of assign/BASE_UNDEFINED_OUTPUT, after the state prefix the engine adds. */
    @Test
    void undefinedFailsWithAwsText() {
        StatesError error = failure("\"{% $doesNotExist %}\"", scopeWithInput("{}"));
        assertEquals("The JSONata expression '$doesNotExist' specified for the field 'Output' returned nothing"
                + " (undefined).", error.cause());
    }

    @Test
    void aNestedExpressionNamesItsPlaceInTheField() {
        StatesError inObject = failure("{\"a\": {\"b\": \"{% $nothing %}\"}}", scopeWithInput("{}"));
        assertEquals("The JSONata expression '$nothing' specified for the field 'Output/a/b' returned nothing"
                + " (undefined).", inObject.cause());
        StatesError inArray = failure("[1, \"{% $nothing %}\"]", scopeWithInput("{}"));
        assertTrue(inArray.cause().contains("for the field 'Output/1'"), inArray.cause());
        StatesError unnamed = assertThrows(StatesError.class,
                () -> JsonataTemplates.evaluate(json("\"{% $nothing %}\""), scopeWithInput("{}")));
        assertEquals("The JSONata expression '$nothing' returned nothing (undefined).", unnamed.cause());
    }

    /** The cause of intrinsic_functions/test_math_random_seeded, after the state prefix. */
    @Test
    void evaluationErrorsCarryTheJsonataErrorCodeAndMessage() {
        StatesError error = failure("{\"FunctionResult\": \"{% $randomSeeded($states.input.FunctionInput.fst) %}\"}",
                scopeWithInput("{\"FunctionInput\": \"fst\"}"));
        assertEquals("The JSONata expression '$randomSeeded($states.input.FunctionInput.fst)' specified for the"
                + " field 'Output/FunctionResult' threw an error during evaluation. T1006: Attempted to invoke a"
                + " non-function", error.cause());
        assertTrue(failure("\"{% 1 / 0 %}\"", scopeWithInput("{}")).cause()
                .startsWith("The JSONata expression '1 / 0' specified for the field 'Output' threw an error during"
                        + " evaluation. D1001: "));
        assertTrue(failure("\"{% 'a' + 1 %}\"", scopeWithInput("{}")).cause().contains("T2001: "));
        assertTrue(failure("\"{% $x.y( %}\"", scopeWithInput("{}")).cause().contains("S0203: "));
    }

    @Test
    void runawayRecursionIsAnEvaluationErrorNotACrash() {
        StatesError error = failure("\"{% ($f := function($n) { $n = 0 ? 0 : 1 + $f($n - 1) }; $f(1000000)) %}\"",
                scopeWithInput("{}"));
        assertTrue(error.cause().contains("threw an error during evaluation. U1001: Stack overflow error"),
                error.cause());
    }

    @Test
    void functionsAreNotJson() {
        assertEquals("The JSONata expression '$sum' specified for the field 'Output' returned an unsupported result"
                + " type.", failure("\"{% $sum %}\"", scopeWithInput("{}")).cause());
        assertTrue(failure("\"{% {'f': function($x) { $x }} %}\"", scopeWithInput("{}")).cause()
                .endsWith("returned an unsupported result type."));
    }

    /** The four regular-expression cases of evaluate_jsonata, with AWS's results. */
    @Test
    void regularExpressionsWithEscapes() {
        JsonataScope scope = scopeWithInput("{}");
        assertEquals(json("true"), evaluate("\"{% $contains(\\\"hello$world\\\", /^hello\\\\$/) %}\"", scope));
        assertEquals(json("false"), evaluate("\"{% $contains(\\\"hello$world\\\", /^hello\\\\ /) %}\"", scope));
        assertEquals(json("true"), evaluate("\"{% $contains('hello$world', /^hello\\\\$/) %}\"", scope));
        assertEquals(json("false"), evaluate("\"{% $contains('hello$world', /^hello\\\\ /) %}\"", scope));
    }

    @Test
    void numbersFollowJsonatasDoubleModelButIntegersStayIntegers() {
        JsonataScope scope = scopeWithInput("{\"input_values\": [1, 2, 3], \"d\": 0.1, \"big\": 9007199254740993}");
        assertEquals(json("3"), evaluate("\"{% 1.5 * 2 %}\"", scope));
        assertEquals(json("2.5"), evaluate("\"{% 10 / 4 %}\"", scope));
        assertEquals(json("7"), evaluate("\"{% $sum($states.input.input_values) + 1 %}\"", scope));
        assertEquals(json("2"), evaluate("\"{% $number(\\\"2\\\") %}\"", scope));
        assertEquals(json("1"), evaluate("\"{% $variable := 1 %}\"", scope));
        assertEquals(0.1, evaluate("\"{% $states.input.d %}\"", scope).doubleValue());
        assertEquals(9007199254740993L, evaluate("\"{% $states.input.big %}\"", scope).longValue());
    }

    @Test
    void variablesAreBoundByNameAndOnlyThoseTheExpressionNames() {
        List<String> looked = new ArrayList<>();
        Map<String, JsonNode> assigned = Map.of("var_constant_1", json("1"), "ItemsVar", json("[\"Item1\", \"Item2\"]"),
                "nothing", json("null"), "unused", json("2"));
        Variables variables = name -> {
            looked.add(name);
            return Optional.ofNullable(assigned.get(name));
        };
        JsonataScope scope = JsonataScope.of(json("{\"input_values\": [1, 2, 3]}"), null, variables);
        assertEquals(json("7"), evaluate("\"{% $sum($states.input.input_values) + $var_constant_1 %}\"", scope));
        assertEquals(List.of("sum", "var_constant_1"), looked);
        assertEquals(json("[\"Item1\", \"Item2\"]"), evaluate("\"{% $ItemsVar %}\"", scope));
        assertEquals(json("null"), evaluate("\"{% $nothing %}\"", scope));
        assertEquals(json("\"none\""), evaluate("\"{% $exists($unassigned) ? 'some' : 'none' %}\"", scope));
    }

    /** Items of scenarios/test_map_state_items_eval_jsonata_fail__boolean, after the state prefix. */
    @Test
    void aFieldOfOneTypeRejectsOthersWithAwsText() {
        StatesError error = assertThrows(StatesError.class, () -> JsonataTemplates.evaluate(json("\"{% true %}\""),
                scopeWithInput("{}"), "Items", JsonataType.ARRAY));
        assertEquals(StatesError.QUERY_EVALUATION_ERROR, error.error());
        assertEquals("The JSONata expression 'true' specified for the field 'Items' returned an unexpected result"
                + " type. Expected 'array', but was 'boolean' for value: true", error.cause());
        assertEquals(json("[1, 2, 3]"), JsonataTemplates.evaluate(json("[1, \"{% $number(\\\"2\\\") %}\", 3]"),
                scopeWithInput("{}"), "Items", JsonataType.ARRAY));
    }

    @Test
    void conditionsMustBeBooleans() {
        assertTrue(JsonataTemplates.evaluateCondition(json("true"), scopeWithInput("{}")));
        assertFalse(JsonataTemplates.evaluateCondition(json("\"{% $states.input.condition %}\""),
                scopeWithInput("{\"condition\": false}")));
        assertTrue(JsonataTemplates.evaluateCondition(json("\"{% $states.input.str_value = \\\"string literal\\\" %}\""),
                scopeWithInput("{\"str_value\": \"string literal\"}")));
        StatesError error = assertThrows(StatesError.class, () -> JsonataTemplates.evaluateCondition(
                json("\"{% $states.input.condition %}\""), scopeWithInput("{\"condition\": \"yes\"}")));
        assertEquals("The JSONata expression '$states.input.condition' specified for the field 'Condition' returned"
                + " an unexpected result type. Expected 'boolean', but was 'string' for value: \"yes\"", error.cause());
    }
}
