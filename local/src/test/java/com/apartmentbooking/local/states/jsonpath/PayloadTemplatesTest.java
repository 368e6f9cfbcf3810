package com.apartmentbooking.local.states.jsonpath;

import static com.apartmentbooking.local.states.jsonpath.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.states.StatesError;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayloadTemplatesTest {
    private final PathContext context = new PathContext(
            json("{'flagged': 7, 'vals': [0, 10, 20, 30, 40, 50], 'name': 'Ada'}"),
            json("{'Execution': {'Id': 'arn:e'}, 'Map': {'Item': {'Index': 2, 'Value': 'v'}}}"),
            name -> name.equals("greeting") ? Optional.of(json("'hi'")) : Optional.empty());

    @Test
    void theSpecificationExample() {
        JsonNode template = json("{'flagged': true, 'parts': {'first.$': '$.vals[0]', 'last3.$': '$.vals[3:]'}}");
        assertEquals(json("{'flagged': true, 'parts': {'first': 0, 'last3': [30, 40, 50]}}"),
                PayloadTemplates.evaluate(template, context));
    }

    @Test
    void contextVariablesAndIntrinsicsAreEvaluated() {
        JsonNode template = Json.parse("""
                {"id.$": "$$.Execution.Id", "index.$": "$$.Map.Item.Index", "greeting.$": "$greeting",
                 "text.$": "States.Format('{} {}', $greeting, $.name)", "whole.$": "$"}""");
        assertEquals(json("{'id': 'arn:e', 'index': 2, 'greeting': 'hi', 'text': 'hi Ada', 'whole': "
                        + context.input() + "}"),
                PayloadTemplates.evaluate(template, context));
    }

    @Test
    void templatesInsideArraysAreEvaluatedAndLiteralsKept() {
        JsonNode template = json("{'list': [1, 'text', '$.name', {'n.$': '$.name'}, [{'m.$': '$.flagged'}]], 'nothing': null}");
        assertEquals(json("{'list': [1, 'text', '$.name', {'n': 'Ada'}, [{'m': 7}]], 'nothing': null}"),
                PayloadTemplates.evaluate(template, context));
    }

    @Test
    void valuesWithoutTheSuffixStayLiteral() {
        JsonNode template = json("{'result': '$result', 'call': 'States.UUID()'}");
        assertEquals(template, PayloadTemplates.evaluate(template, context));
    }

    @Test
    void aPathThatFindsNothingHasAwsText() {
        StatesError error = assertThrows(StatesError.class, () -> PayloadTemplates.evaluate(
                json("{'missing.$': '$.nope.deep'}"), PathContext.of(json("{'other': 1}"))));
        assertEquals(StatesError.RUNTIME, error.error());
        assertEquals("The JSONPath '$.nope.deep' specified for the field 'missing.$' could not be found in the input '{\"other\":1}'",
                error.cause());
    }

    @Test
    void anIntrinsicFailureCarriesItsOwnText() {
        StatesError error = assertThrows(StatesError.class, () -> PayloadTemplates.evaluate(
                Json.parse("{\"v.$\": \"States.Format('{}', $.nope)\"}"), PathContext.of(json("{'other': 1}"))));
        assertEquals(StatesError.RUNTIME, error.error());
        assertEquals("The function 'States.Format('{}', $.nope)' had the following error: "
                + "The JsonPath argument for the field '$.nope' could not be found in the input '{\"other\":1}'", error.cause());
    }

    @Test
    void aNonStringPathValueIsRejected() {
        StatesError error = assertThrows(StatesError.class,
                () -> PayloadTemplates.evaluate(json("{'v.$': 3}"), context));
        assertEquals("The value for the field 'v.$' must be a valid JSONPath or a valid intrinsic function call", error.cause());
    }

    @Test
    void errorAndCausePathsTakePathsOrIntrinsics() {
        PathContext failing = PathContext.of(json("{'Error': 'error string', 'Cause': 'cause string'}"));
        assertEquals(json("'error string'"), PayloadTemplates.evaluateExpression("$.Error", failing, "ErrorPath"));
        assertEquals(json("'This is a custom error message for error string, caused by cause string.'"),
                PayloadTemplates.evaluateExpression(
                        "States.Format('This is a custom error message for {}, caused by {}.', $.Error, $.Cause)",
                        failing, "CausePath"));
        StatesError error = assertThrows(StatesError.class,
                () -> PayloadTemplates.evaluateExpression("$.NoSuchCausePath", failing, "CausePath"));
        assertEquals("The JSONPath '$.NoSuchCausePath' specified for the field 'CausePath' could not be found in the input '"
                + failing.input() + "'", error.cause());
    }
}
