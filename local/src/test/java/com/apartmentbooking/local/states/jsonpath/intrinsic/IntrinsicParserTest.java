package com.apartmentbooking.local.states.jsonpath.intrinsic;

import static com.apartmentbooking.local.states.jsonpath.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.jsonpath.Json;
import com.apartmentbooking.local.states.jsonpath.PathContext;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class IntrinsicParserTest {

    private static JsonNode eval(String expression, String input) {
        return Intrinsics.evaluate(expression, PathContext.of(Json.parse(input)));
    }

    @Test
    void literalsOfEveryKind() {
        assertEquals(json("['a', 1, -2.5, 1e3, true, false, null, 12345678901]"),
                eval("States.Array('a', 1, -2.5, 1e3, true, false, null, 12345678901)", "{}"));
    }

    @Test
    void blanksBetweenTokensAreIgnored() {
        assertEquals(json("[1, 2]"), eval("  States.Array( $.a ,\t$.b )  ", "{\"a\": 1, \"b\": 2}"));
        assertEquals(json("[]"), eval("States.Array( )", "{}"));
    }

    @Test
    void callsNest() {
        assertEquals(json("'c'"), eval(
                "States.ArrayGetItem(States.StringSplit($.name, '-'), States.MathAdd(States.ArrayLength(States.StringSplit($.name, '-')), -1))",
                "{\"name\": \"a-b-c\"}"));
        assertEquals(json("[1, [2, 3]]"), eval("States.Array(1, States.Array(2, 3))", "{}"));
    }

    @Test
    void stringEscapesAreResolved() {
        assertEquals(Json.parse("[\"it's\", \"{}\", \"a\\\\b\", \"x\\\\ny\"]"),
                eval("States.Array('it\\'s', '\\{\\}', 'a\\\\b', 'x\\ny')", "{}"));
    }

    @Test
    void aQuotedCommaOrParenthesisIsPartOfTheString() {
        assertEquals(json("['a, b (c)']"), eval("States.Array('a, b (c)')", "{}"));
    }

    @Test
    void pathsKeepFiltersUnionsAndQuotedNamesWhole() {
        String input = "{\"items\": [{\"k\": 1, \"v\": \"x\"}, {\"k\": 2, \"v\": \"y\"}], \"a b\": 5}";
        assertEquals(json("[['y'], 5, [{'k': 1, 'v': 'x'}, {'k': 2, 'v': 'y'}]]"), eval(
                "States.Array($.items[?(@.k > 1 && @.v != 'x, y')].v, $['a b'], $.items[0,1])", input));
    }

    @Test
    void contextAndVariablePathsAreArguments() {
        PathContext context = new PathContext(json("{}"), json("{'Execution': {'Name': 'run-1'}}"),
                name -> java.util.Optional.of(json("'var'")));
        assertEquals(json("['run-1', 'var']"), Intrinsics.evaluate("States.Array($$.Execution.Name, $v)", context));
    }

    @Test
    void malformedCallsAreRejected() {
        for (String expression : new String[] {
                "States.Array(", "States.Array($.a) trailing", "States.Array([1,2])", "States.Array(1.)",
                "States.Array(.5)", "States.Array(01)", "States.ArrayGetItem($.arr, )", "States.Nope(1)",
                "Array(1)", "States.Array('open)", "States.Array(1 2)", "$.a", "States.Array(1,)",
                "States.Array($.a[?(@.b == 1)", "States.Array($.a[)"}) {
            assertThrows(IntrinsicSyntaxException.class, () -> Intrinsics.checkSyntax(expression), expression);
        }
    }

    @Test
    void aSyntaxErrorAtRuntimeIsStatesRuntime() {
        StatesError error = assertThrows(StatesError.class, () -> eval("States.Nope(1)", "{}"));
        assertEquals(StatesError.RUNTIME, error.error());
        assertEquals("The function 'States.Nope(1)' had the following error: Unknown intrinsic function 'States.Nope' "
                + "at position 0 but found 'States.Nope' in: States.Nope(1)", error.cause());
    }

    @Test
    void argumentCountsAreCheckedWhenTheCallRuns() {
        Intrinsics.checkSyntax("States.Hash('hello')");
        StatesError error = assertThrows(StatesError.class, () -> eval("States.Hash('hello')", "{}"));
        assertEquals("The function 'States.Hash('hello')' had the following error: Invalid arguments in States.Hash", error.cause());
    }

    @Test
    void aMissingPathArgumentNamesThePathAndTheInput() {
        StatesError error = assertThrows(StatesError.class, () -> eval("States.Format('{}', $.nope)", "{\"other\":1}"));
        assertEquals(StatesError.RUNTIME, error.error());
        assertEquals("The function 'States.Format('{}', $.nope)' had the following error: "
                + "The JsonPath argument for the field '$.nope' could not be found in the input '{\"other\":1}'", error.cause());
    }

    @Test
    void theCauseQuotesTheWholeExpressionAsWritten() {
        StatesError error = assertThrows(StatesError.class,
                () -> eval("States.Array(States.Format('{}',$.nope))", "{}"));
        assertEquals("The function 'States.Array(States.Format('{}',$.nope))' had the following error: "
                + "The JsonPath argument for the field '$.nope' could not be found in the input '{}'", error.cause());
    }
}
