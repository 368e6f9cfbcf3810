package com.apartmentbooking.local.states.jsonpath;

import static com.apartmentbooking.local.states.jsonpath.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.apartmentbooking.local.states.StatesError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonPathsTest {
    private static final JsonNode STORE = json("""
            {'store': {
               'book': [
                 {'category': 'reference', 'author': 'Nigel Rees', 'title': 'Sayings', 'price': 8.95},
                 {'category': 'fiction', 'author': 'Evelyn Waugh', 'title': 'Sword', 'price': 12.99},
                 {'category': 'fiction', 'author': 'Herman Melville', 'title': 'Moby Dick', 'isbn': '0-553', 'price': 8.99},
                 {'category': 'fiction', 'author': 'J. R. R. Tolkien', 'title': 'The Lord', 'isbn': '0-395', 'price': 22.99}
               ],
               'bicycle': {'color': 'red', 'price': 19.95, 'in stock': true}
             },
             'odd.key': 1,
             'items': [0, 1, 2, 3, 4, 5]}""");

    private static JsonNode read(String path) {
        return JsonPaths.read(path, PathContext.of(STORE));
    }

    @Nested
    class Selection {

        static Stream<Arguments> paths() {
            return Stream.of(
                    arguments("$.store.bicycle.color", "'red'"),
                    arguments("$['store']['bicycle']['color']", "'red'"),
                    arguments("$[\"store\"].bicycle[\"in stock\"]", "true"),
                    arguments("$['odd.key']", "1"),
                    arguments("$.items[0]", "0"),
                    arguments("$.items[-1]", "5"),
                    arguments("$.items[-2]", "4"),
                    arguments("$.items[*]", "[0,1,2,3,4,5]"),
                    arguments("$.items[1:3]", "[1,2]"),
                    arguments("$.items[:2]", "[0,1]"),
                    arguments("$.items[4:]", "[4,5]"),
                    arguments("$.items[-2:]", "[4,5]"),
                    arguments("$.items[0,2,4]", "[0,2,4]"),
                    arguments("$.store.bicycle.*", "['red', 19.95, true]"),
                    arguments("$.store.book[*].author",
                            "['Nigel Rees','Evelyn Waugh','Herman Melville','J. R. R. Tolkien']"),
                    arguments("$..isbn", "['0-553','0-395']"),
                    arguments("$.store.book[?(@.price < 10)].title", "['Sayings','Moby Dick']"),
                    arguments("$.store.book[?(@.price <= 8.99)].title", "['Sayings','Moby Dick']"),
                    arguments("$.store.book[?(@.price > 20)].title", "['The Lord']"),
                    arguments("$.store.book[?(@.price >= 22.99)].title", "['The Lord']"),
                    arguments("$.store.book[?(@.category == 'reference')].title", "['Sayings']"),
                    arguments("$.store.book[?(@.category != 'fiction')].title", "['Sayings']"),
                    arguments("$.store.book[?(@.isbn)].title", "['Moby Dick','The Lord']"),
                    arguments("$.store.book[?(@.category == 'fiction' && @.price < 10)].title", "['Moby Dick']"),
                    arguments("$.store.book[?(@.price < 9 || @.price > 20)].title", "['Sayings','Moby Dick','The Lord']"),
                    arguments("$.store.bicycle[?(@['in stock'] == true)].color", "['red']"),
                    arguments("$.items.length()", "6"),
                    arguments("$.store.book.length()", "4"));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("paths")
        void selectsWhatJaywaySelects(String path, String expected) {
            assertEquals(json(expected), read(path));
        }

        @Test
        void dollarAloneIsTheWholeInput() {
            assertSame(STORE, read("$"));
        }

        @Test
        void aPresentNullIsAValue() {
            assertEquals(JsonNodeFactory.instance.nullNode(), JsonPaths.read("$.a", PathContext.of(json("{'a': null}"))));
        }

        @Test
        void aFilterWithNoMatchIsAnEmptyArray() {
            assertEquals(json("[]"), read("$.store.book[?(@.price > 100)]"));
        }

        @Test
        void anIndefinitePathOverMissingPartsIsAnEmptyArray() {
            JsonNode empty = json("{}");
            for (String path : new String[] {"$.items[*]", "$.item.items[*]", "$.item.items[1:]",
                    "$.item.items[1:5].itemValue", "$.item.items[:1]", "$.items[*].itemValue"}) {
                assertEquals(json("[]"), JsonPaths.read(path, PathContext.of(empty)), path);
            }
        }
    }

    @Nested
    class ContextAndVariables {
        private final JsonNode context = json("{'Execution': {'Id': 'arn:x', 'Input': {'k': 1}}, 'State': {'Name': 'S'}}");
        private final Variables variables = name -> Optional.ofNullable(
                Map.of("answer", json("42"), "list", json("['a','b']"), "obj", json("{'x': {'y': 'z'}}")).get(name));
        private final PathContext scope = new PathContext(json("{'in': true}"), context, variables);

        @Test
        void doubleDollarReadsTheContextObject() {
            assertSame(context, JsonPaths.read("$$", scope));
            assertEquals(json("'arn:x'"), JsonPaths.read("$$.Execution.Id", scope));
            assertEquals(json("1"), JsonPaths.read("$$.Execution.Input.k", scope));
            assertEquals(json("'S'"), JsonPaths.read("$$['State']['Name']", scope));
        }

        @Test
        void dollarNameReadsAVariable() {
            assertEquals(json("42"), JsonPaths.read("$answer", scope));
            assertEquals(json("'b'"), JsonPaths.read("$list[1]", scope));
            assertEquals(json("'z'"), JsonPaths.read("$obj.x.y", scope));
            assertEquals(json("['a','b']"), JsonPaths.read("$list[*]", scope));
        }

        @Test
        void anUndefinedVariableIsNoMatch() {
            assertEquals(Optional.empty(), JsonPaths.find("$nope", scope));
            StatesError error = assertThrows(StatesError.class, () -> JsonPaths.read("$nope.x", scope));
            assertEquals("Invalid path '$nope.x' : The variable '$nope' is not defined", error.cause());
        }

        @Test
        void aMissingContextFieldIsNoMatch() {
            StatesError error = assertThrows(StatesError.class, () -> JsonPaths.read("$$.Map.Item.Value", scope));
            assertEquals("Invalid path '$$.Map.Item.Value' : Missing property in path $['Map']", error.cause());
        }
    }

    @Nested
    class Failures {

        @Test
        void aMissingLeafHasAwsOutputPathText() {
            StatesError error = assertThrows(StatesError.class,
                    () -> JsonPaths.read("$.NoSuchOutputPath", PathContext.of(json("{'int-literal': 0}"))));
            assertEquals(StatesError.RUNTIME, error.error());
            assertEquals("Invalid path '$.NoSuchOutputPath' : No results for path: $['NoSuchOutputPath']", error.cause());
        }

        @Test
        void aMissingParentIsReportedAsJaywayWordsIt() {
            StatesError error = assertThrows(StatesError.class, () -> read("$.nope.deeper"));
            assertEquals("Invalid path '$.nope.deeper' : Missing property in path $['nope']", error.cause());
        }

        @Test
        void anIndexPastTheEndIsNoMatchNotNull() {
            StatesError error = assertThrows(StatesError.class, () -> read("$.items[6]"));
            assertEquals("Invalid path '$.items[6]' : No results for path: $['items'][6]", error.cause());
        }

        @Test
        void indexingAScalarLeaksJaywaysText() {
            StatesError error = assertThrows(StatesError.class, () -> JsonPaths.read("$.other[0]", PathContext.of(json("{'other': 1}"))));
            assertEquals("Invalid path '$.other[0]' : Filter: [0] can only be applied to arrays. Current context is: 1", error.cause());
        }

        @Test
        void aPropertyOfAScalarIsReportedAsJaywaysJacksonProviderWordsIt() {
            StatesError error = assertThrows(StatesError.class, () -> JsonPaths.read("$.a.b", PathContext.of(json("{'a': 1}"))));
            assertEquals("Invalid path '$.a.b' : Expected to find an object with property ['b'] in path $['a'] but found "
                    + "'com.fasterxml.jackson.databind.node.IntNode'. This is not a json object according to the JsonProvider: "
                    + "'com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider'.", error.cause());
        }

        @Test
        void aFieldPathNamesTheFieldAndTheInput() {
            StatesError error = assertThrows(StatesError.class,
                    () -> JsonPaths.readField("$.NoSuchCausePath", PathContext.of(json("{'Error': 'error-value'}")), "CausePath"));
            assertEquals(StatesError.RUNTIME, error.error());
            assertEquals("The JSONPath '$.NoSuchCausePath' specified for the field 'CausePath' could not be found in the input "
                    + "'{\"Error\":\"error-value\"}'", error.cause());
        }

        @Test
        void findTellsAbsenceWithoutFailing() {
            assertEquals(Optional.empty(), JsonPaths.find("$.nope", PathContext.of(STORE)));
            assertEquals(Optional.of(json("1")), JsonPaths.find("$['odd.key']", PathContext.of(STORE)));
        }

        @Test
        void malformedPathsAreRejectedUpFront() {
            for (String path : new String[] {"", "a.b", "$[", "$.a[?(@.b ==]", "$-x", "$$$"}) {
                assertThrows(IllegalArgumentException.class, () -> JsonPaths.checkSyntax(path), path);
            }
            JsonPaths.checkSyntax("$.a[?(@.b == 'c')]");
        }
    }

    @Nested
    class InputAndOutputPaths {
        private final JsonNode input = json("{'a': {'b': 1}}");

        @Test
        void dollarKeepsTheInput() {
            assertSame(input, JsonPaths.apply("$", input));
        }

        @Test
        void aNullPathGivesAnEmptyObject() {
            assertEquals(json("{}"), JsonPaths.apply((String) null, input));
            assertEquals(json("{}"), JsonPaths.applyField(JsonNodeFactory.instance.nullNode(), PathContext.of(input)));
        }

        @Test
        void anAbsentFieldKeepsTheInput() {
            assertSame(input, JsonPaths.applyField(null, PathContext.of(input)));
            assertSame(input, JsonPaths.applyField(MissingNode.getInstance(), PathContext.of(input)));
        }

        @Test
        void aPathSelects() {
            assertEquals(json("1"), JsonPaths.apply("$.a.b", input));
            assertEquals(json("1"), JsonPaths.applyField(json("'$.a.b'"), PathContext.of(input)));
            PathContext withContext = new PathContext(input, json("{'Execution': {'Input': {'x': 2}}}"), null);
            assertEquals(json("{'x': 2}"), JsonPaths.apply("$$.Execution.Input", withContext));
        }

        @Test
        void aNonStringFieldIsAnError() {
            assertThrows(IllegalArgumentException.class, () -> JsonPaths.applyField(json("5"), PathContext.of(input)));
        }
    }
}
