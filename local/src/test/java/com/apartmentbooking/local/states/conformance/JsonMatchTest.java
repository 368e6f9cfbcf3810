package com.apartmentbooking.local.states.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonMatchTest {

    private static Optional<String> difference(String expected, String actual) {
        return JsonMatch.firstDifference(
                ConformanceJson.parse(expected), ConformanceJson.parse(actual), Placeholders.none());
    }

    @Test
    void objectMemberOrderDoesNotMatter() {
        assertTrue(difference("{\"a\":1,\"b\":[true,null]}", "{\"b\":[true,null],\"a\":1}").isEmpty());
    }

    @Test
    void numbersCompareByValue() {
        assertTrue(difference("{\"n\":1}", "{\"n\":1.0}").isEmpty());
        assertTrue(difference("[1.50]", "[1.5]").isEmpty());
        assertEquals(Optional.of("$[0]: expected 0.30000000000000004 but was 0.3"),
                difference("[0.30000000000000004]", "[0.3]"));
    }

    @Test
    void reportsTheFirstDifferenceWithItsLocation() {
        assertEquals(Optional.of("$.a.b[1]: expected 2 but was 3"),
                difference("{\"a\":{\"b\":[1,2]}}", "{\"a\":{\"b\":[1,3]}}"));
        assertEquals(Optional.of("$.a: expected \"1\" but was 1"), difference("{\"a\":\"1\"}", "{\"a\":1}"));
        assertEquals(Optional.of("$: expected null but was {}"), difference("null", "{}"));
    }

    @Test
    void reportsMissingAndExtraFields() {
        assertEquals(Optional.of("$: missing fields [b], unexpected fields [c]; expected {\"a\":1,\"b\":2}"
                        + " but was {\"a\":1,\"c\":2}"),
                difference("{\"a\":1,\"b\":2}", "{\"a\":1,\"c\":2}"));
    }

    @Test
    void reportsArrayLengths() {
        assertEquals(Optional.of("$: expected 2 elements but was 1; expected [1,2] but was [1]"),
                difference("[1,2]", "[1]"));
    }

    @Test
    void aStringHoldingJsonIsNotParsed() {
        assertEquals(Optional.of("$.s: expected \"{\\\"a\\\":1}\" but was \"{\\\"a\\\": 1}\""),
                difference("{\"s\":\"{\\\"a\\\":1}\"}", "{\"s\":\"{\\\"a\\\": 1}\"}"));
    }

    @Test
    void stringsGoThroughThePlaceholders() {
        Placeholders tokens = Placeholders.declared(Set.of("<ArnPart_0idx>"));
        assertTrue(JsonMatch.firstDifference(
                ConformanceJson.parse("{\"name\":\"<ArnPart_0idx>\",\"again\":\"<ArnPart_0idx>\"}"),
                ConformanceJson.parse("{\"name\":\"m\",\"again\":\"m\"}"), tokens).isEmpty());
        // Members are visited in name order, so "again" binds the token before "name" is compared.
        assertEquals(Optional.of("$.name: expected \"<ArnPart_0idx>\" but was \"m\""), JsonMatch.firstDifference(
                ConformanceJson.parse("{\"name\":\"<ArnPart_0idx>\",\"again\":\"<ArnPart_0idx>\"}"),
                ConformanceJson.parse("{\"name\":\"m\",\"again\":\"n\"}"),
                Placeholders.declared(Set.of("<ArnPart_0idx>"))));
    }
}
