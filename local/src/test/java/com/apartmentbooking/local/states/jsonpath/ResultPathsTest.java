package com.apartmentbooking.local.states.jsonpath;

import static com.apartmentbooking.local.states.jsonpath.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.states.StatesError;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ResultPathsTest {
    private final JsonNode input = json("{'comment': 'test', 'details': {'who': 'AWS'}, 'list': [1, {'x': 1}]}");
    private final JsonNode result = json("'Hello, AWS!'");

    @Test
    void dollarReplacesTheInput() {
        assertSame(result, ResultPaths.merge("$", input, result));
    }

    @Test
    void nullDiscardsTheResult() {
        assertSame(input, ResultPaths.merge(null, input, result));
    }

    @Test
    void aPathAddsTheResultToACopyOfTheInput() {
        JsonNode before = input.deepCopy();
        assertEquals(json("{'comment': 'test', 'details': {'who': 'AWS'}, 'list': [1, {'x': 1}], 'taskresult': 'Hello, AWS!'}"),
                ResultPaths.merge("$.taskresult", input, result));
        assertEquals(before, input);
    }

    @Test
    void aPathReplacesAnExistingField() {
        assertEquals(json("{'comment': 'Hello, AWS!', 'details': {'who': 'AWS'}, 'list': [1, {'x': 1}]}"),
                ResultPaths.merge("$.comment", input, result));
    }

    @Test
    void missingObjectsOnThePathAreCreated() {
        assertEquals(json("{'a': {'b': {'c': 'Hello, AWS!'}}}"), ResultPaths.merge("$.a.b.c", json("{}"), result));
        assertEquals(json("{'a': {'b': 'Hello, AWS!'}}"), ResultPaths.merge("$.a.b", json("{'a': null}"), result));
    }

    @Test
    void nestedFieldsKeepTheirSiblings() {
        JsonNode before = input.deepCopy();
        assertEquals(json("{'comment': 'test', 'details': {'who': 'AWS', 'r': 'Hello, AWS!'}, 'list': [1, {'x': 1}]}"),
                ResultPaths.merge("$.details.r", input, result));
        assertEquals(before, input);
    }

    @Test
    void bracketNamesAndIndexesAreWritable() {
        JsonNode before = input.deepCopy();
        assertEquals(json("{'comment': 'test', 'details': {'who': 'AWS'}, 'list': [1, {'x': 1, 'y z': 'Hello, AWS!'}]}"),
                ResultPaths.merge("$.list[1]['y z']", input, result));
        assertEquals(json("{'comment': 'test', 'details': {'who': 'AWS'}, 'list': ['Hello, AWS!', {'x': 1}]}"),
                ResultPaths.merge("$['list'][0]", input, result));
        assertEquals(before, input);
    }

    @Test
    void writingIntoAStringFails() {
        StatesError error = assertThrows(StatesError.class, () -> ResultPaths.merge("$.comment.x", input, result));
        assertEquals(StatesError.RESULT_PATH_MATCH_FAILURE, error.error());
        assertEquals("Unable to apply ReferencePath $.comment.x to input " + input, error.cause());
    }

    @Test
    void writingIntoANonObjectInputFails() {
        StatesError error = assertThrows(StatesError.class, () -> ResultPaths.merge("$.r", json("'just text'"), result));
        assertEquals(StatesError.RESULT_PATH_MATCH_FAILURE, error.error());
        assertEquals("Unable to apply ReferencePath $.r to input \"just text\"", error.cause());
    }

    @Test
    void anIndexPastTheEndFails() {
        StatesError error = assertThrows(StatesError.class, () -> ResultPaths.merge("$.list[2]", input, result));
        assertEquals(StatesError.RESULT_PATH_MATCH_FAILURE, error.error());
    }

    @Test
    void aNonReferencePathIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ResultPaths.merge("$.list[*]", input, result));
    }
}
