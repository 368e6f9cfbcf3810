package com.apartmentbooking.local.states.jsonpath.intrinsic;

import static com.apartmentbooking.local.states.jsonpath.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.jsonpath.Json;
import com.apartmentbooking.local.states.jsonpath.PathContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each function's results and rejections, with the boundaries AWS is known to draw. */
class IntrinsicFunctionsTest {

    private static JsonNode eval(String expression) {
        return eval(expression, "{}");
    }

    private static JsonNode eval(String expression, String input) {
        return Intrinsics.evaluate(expression, PathContext.of(Json.parse(input)));
    }

    private static void rejects(String function, String expression) {
        rejects(function, expression, "{}");
    }

    private static void rejects(String function, String expression, String input) {
        StatesError error = assertThrows(StatesError.class, () -> eval(expression, input), expression);
        assertEquals(StatesError.RUNTIME, error.error());
        assertEquals("The function '" + expression + "' had the following error: Invalid arguments in " + function,
                error.cause());
    }

    @Nested
    class Format {
        @Test
        void fillsPlaceholdersInOrder() {
            assertEquals(json("'Hello Ada'"), eval("States.Format('Hello {}', $.name)", "{\"name\": \"Ada\"}"));
            assertEquals(Json.parse("\"x 2 true null 1.5 {\\\"k\\\":[1]}\""),
                    eval("States.Format('{} {} {} {} {} {}', 'x', 2, true, null, 1.5, $.o)", "{\"o\": {\"k\": [1]}}"));
            assertEquals(json("'no placeholders'"), eval("States.Format('no placeholders')"));
            assertEquals(json("'  x  '"), eval("States.Format('  {}  ', 'x')"));
        }

        @Test
        void escapedBracesAndQuotesAreText() {
            assertEquals(Json.parse("\"{x} it's \\\\ {}\""), eval("States.Format('\\{{}\\} it\\'s \\\\ \\{\\}', 'x')"));
            assertEquals(Json.parse("\"Name: 'Gabriel', Surname: \\\"Moreira\\\"\""),
                    eval("States.Format('Name: \\'{}\\', Surname: \"{}\"', $.name, $.surname)",
                            "{\"name\": \"Gabriel\", \"surname\": \"Moreira\"}"));
        }

        @Test
        void aTemplateMayComeFromAPath() {
            assertEquals(json("'It is Pikachu!'"),
                    eval("States.Format($.t, $.v)", "{\"t\": \"It is {}!\", \"v\": \"Pikachu\"}"));
        }

        @Test
        void placeholdersAndValuesMustMatch() {
            rejects("States.Format", "States.Format('{} {}', 'x')");
            rejects("States.Format", "States.Format('{}', 'x', 'y')");
            rejects("States.Format", "States.Format('Hello {', 'x')");
            rejects("States.Format", "States.Format('}')");
            rejects("States.Format", "States.Format('Hello {{}}', 'x')");
            rejects("States.Format", "States.Format($.t, 'x')", "{\"t\": 123}");
            rejects("States.Format", "States.Format()");
        }
    }

    @Nested
    class StringToJson {
        @Test
        void parsesTheJsonTheStringHolds() {
            assertEquals(json("{'a': [1, true, null]}"), eval("States.StringToJson($.s)", "{\"s\": \"{\\\"a\\\": [1, true, null]}\"}"));
            assertEquals(json("'x'"), eval("States.StringToJson($.s)", "{\"s\": \"\\\"x\\\"\"}"));
            assertEquals(json("12"), eval("States.StringToJson('12')"));
        }

        @Test
        void aBlankStringIsNull() {
            assertEquals(json("null"), eval("States.StringToJson('')"));
            assertEquals(json("null"), eval("States.StringToJson(' ')"));
        }

        @Test
        void rejectsWhatIsNotJson() {
            rejects("States.StringToJson", "States.StringToJson('{')");
            rejects("States.StringToJson", "States.StringToJson('1 2')");
            rejects("States.StringToJson", "States.StringToJson(12)");
        }
    }

    @Nested
    class JsonToString {
        @Test
        void writesCompactJson() {
            assertEquals("{\"a\":[1,\"x\",null]}", eval("States.JsonToString($.o)", "{\"o\": {\"a\": [1, \"x\", null]}}").textValue());
            assertEquals(json("'null'"), eval("States.JsonToString($.o)", "{\"o\": null}"));
            assertEquals(json("'0'"), eval("States.JsonToString(0)"));
            assertEquals(Json.parse("\"\\\"s\\\"\""), eval("States.JsonToString('s')"));
        }

        @Test
        void takesExactlyOneValue() {
            rejects("States.JsonToString", "States.JsonToString()");
            rejects("States.JsonToString", "States.JsonToString(1, 2)");
        }
    }

    @Nested
    class Array {
        @Test
        void collectsItsArguments() {
            assertEquals(json("[]"), eval("States.Array()"));
            assertEquals(json("[{'k': 1}, [1, 2], '', 0, false]"),
                    eval("States.Array($.o, $.a, '', 0, false)", "{\"o\": {\"k\": 1}, \"a\": [1, 2]}"));
        }
    }

    @Nested
    class ArrayPartition {
        @Test
        void cutsIntoChunks() {
            assertEquals(json("[[1,2,3,4],[5,6,7,8],[9]]"), eval("States.ArrayPartition($.a, 4)", "{\"a\": [1,2,3,4,5,6,7,8,9]}"));
            assertEquals(json("[[1],[2],[3]]"), eval("States.ArrayPartition($.a, 1)", "{\"a\": [1,2,3]}"));
            assertEquals(json("[[1,2,3]]"), eval("States.ArrayPartition($.a, 2147483647)", "{\"a\": [1,2,3]}"));
            assertEquals(json("[]"), eval("States.ArrayPartition($.a, 2)", "{\"a\": []}"));
        }

        @Test
        void aFractionalSizeIsCutTowardZero() {
            assertEquals(json("[[1,2],[3,4],[5]]"), eval("States.ArrayPartition($.a, 2.6)", "{\"a\": [1,2,3,4,5]}"));
            rejects("States.ArrayPartition", "States.ArrayPartition($.a, 0.6)", "{\"a\": [1]}");
        }

        @Test
        void rejectsBadArguments() {
            rejects("States.ArrayPartition", "States.ArrayPartition($.a, 0)", "{\"a\": [1]}");
            rejects("States.ArrayPartition", "States.ArrayPartition($.a, -1)", "{\"a\": [1]}");
            rejects("States.ArrayPartition", "States.ArrayPartition($.a, '2')", "{\"a\": [1]}");
            rejects("States.ArrayPartition", "States.ArrayPartition($.a, null)", "{\"a\": [1]}");
            rejects("States.ArrayPartition", "States.ArrayPartition('not-array', 2)");
            rejects("States.ArrayPartition", "States.ArrayPartition($.a)", "{\"a\": [1]}");
            rejects("States.ArrayPartition", "States.ArrayPartition($.a, 2, 9)", "{\"a\": [1]}");
        }
    }

    @Nested
    class ArrayContains {
        @Test
        void comparesAsJson() {
            String input = "{\"a\": [1, \"x\", null, {\"k\": [1]}, [2]]}";
            assertEquals(json("true"), eval("States.ArrayContains($.a, 1)", input));
            assertEquals(json("true"), eval("States.ArrayContains($.a, 1.0)", input));
            assertEquals(json("true"), eval("States.ArrayContains($.a, 'x')", input));
            assertEquals(json("true"), eval("States.ArrayContains($.a, null)", input));
            assertEquals(json("true"), eval("States.ArrayContains($.a, $.a[3])", input));
            assertEquals(json("true"), eval("States.ArrayContains($.a, States.Array(2))", input));
            assertEquals(json("false"), eval("States.ArrayContains($.a, '1')", input));
            assertEquals(json("false"), eval("States.ArrayContains($.e, null)", "{\"e\": []}"));
            assertEquals(json("false"), eval("States.ArrayContains($.e, $.e)", "{\"e\": []}"));
        }

        @Test
        void needsAnArray() {
            rejects("States.ArrayContains", "States.ArrayContains('abc', 'a')");
            rejects("States.ArrayContains", "States.ArrayContains(States.Array(1))");
        }
    }

    @Nested
    class ArrayRange {
        @Test
        void countsFromFirstToLast() {
            assertEquals(json("[1,3,5,7,9]"), eval("States.ArrayRange(1, 9, 2)"));
            assertEquals(json("[0,3,6,9]"), eval("States.ArrayRange(0, 10, 3)"));
            assertEquals(json("[-2,0,2]"), eval("States.ArrayRange(-2, 2, 2)"));
            assertEquals(json("[5,3,1]"), eval("States.ArrayRange(5, 1, -2)"));
            assertEquals(json("[3]"), eval("States.ArrayRange(3, 3, -1)"));
            assertEquals(json("[]"), eval("States.ArrayRange(5, 1, 1)"));
            assertEquals(json("[]"), eval("States.ArrayRange(1, 5, -1)"));
        }

        @Test
        void cutsArgumentsTowardZero() {
            assertEquals(json("[1,3,5]"), eval("States.ArrayRange(1.4, 5.6, 2.2)"));
            assertEquals(json("[1]"), eval("States.ArrayRange(1.6, 1.4, 1)"));
            assertEquals(json("[5,3,1]"), eval("States.ArrayRange(5.4, -0.6, -2.4)"));
            rejects("States.ArrayRange", "States.ArrayRange(1, 10, 0.49)");
        }

        @Test
        void holdsAtMostAThousandItems() {
            assertEquals(1000, eval("States.ArrayRange(1, 1000, 1)").size());
            assertEquals(1000, eval("States.ArrayRange(1000, 1, -1)").size());
            rejects("States.ArrayRange", "States.ArrayRange(1, 1001, 1)");
            rejects("States.ArrayRange", "States.ArrayRange(1001, 1, -1)");
        }

        @Test
        void rejectsBadArguments() {
            rejects("States.ArrayRange", "States.ArrayRange(1, 10, 0)");
            rejects("States.ArrayRange", "States.ArrayRange('a', 5, 1)");
            rejects("States.ArrayRange", "States.ArrayRange(1, 5)");
            rejects("States.ArrayRange", "States.ArrayRange(1, 5, 1, 99)");
        }
    }

    @Nested
    class ArrayGetItem {
        @Test
        void readsTheIndex() {
            assertEquals(json("6"), eval("States.ArrayGetItem($.a, 5)", "{\"a\": [1,2,3,4,5,6,7,8,9]}"));
            assertEquals(json("{'b': 2}"), eval("States.ArrayGetItem($.a, 1)", "{\"a\": [{\"a\": 1}, {\"b\": 2}]}"));
            assertEquals(json("null"), eval("States.ArrayGetItem($.a, 0)", "{\"a\": [null]}"));
            assertEquals(json("20"), eval("States.ArrayGetItem($.a, 1.2)", "{\"a\": [10, 20, 30]}"));
        }

        @Test
        void anyIndexOfAnEmptyArrayIsNull() {
            assertEquals(json("null"), eval("States.ArrayGetItem($.a, 999)", "{\"a\": []}"));
        }

        @Test
        void rejectsIndexesOutsideTheArray() {
            rejects("States.ArrayGetItem", "States.ArrayGetItem($.a, 3)", "{\"a\": [10, 20, 30]}");
            rejects("States.ArrayGetItem", "States.ArrayGetItem($.a, -1)", "{\"a\": [10, 20, 30]}");
            rejects("States.ArrayGetItem", "States.ArrayGetItem($.a, '1')", "{\"a\": [10, 20, 30]}");
            rejects("States.ArrayGetItem", "States.ArrayGetItem('not-array', 0)");
            rejects("States.ArrayGetItem", "States.ArrayGetItem($.a)", "{\"a\": [10]}");
        }
    }

    @Nested
    class ArrayLength {
        @Test
        void countsElements() {
            assertEquals(json("9"), eval("States.ArrayLength($.a)", "{\"a\": [1,2,3,4,5,6,7,8,9]}"));
            assertEquals(json("0"), eval("States.ArrayLength(States.Array())"));
            rejects("States.ArrayLength", "States.ArrayLength('abc')");
            rejects("States.ArrayLength", "States.ArrayLength($.o)", "{\"o\": {}}");
        }
    }

    @Nested
    class ArrayUnique {
        @Test
        void keepsFirstOccurrences() {
            assertEquals(json("[1,2,3,4]"), eval("States.ArrayUnique($.a)", "{\"a\": [1,2,2,3,3,4]}"));
            assertEquals(json("[null, true, false, 1, 1.1, 0, 'HelloWorld', [], [null], {'a': 1, 'b': 2}, {'a': 1, 'b': 1}]"),
                    eval("States.ArrayUnique($.a)", "{\"a\": [null, null, true, true, false, false, 1, 1, 1.1, 0, 0, "
                            + "\"HelloWorld\", \"HelloWorld\", [], [], [null], [null], {\"a\": 1, \"b\": 2}, "
                            + "{\"b\": 2, \"a\": 1}, {\"a\": 1, \"b\": 1}]}"));
            rejects("States.ArrayUnique", "States.ArrayUnique('abc')");
        }
    }

    @Nested
    class Base64 {
        @Test
        void encodesUtf8() {
            assertEquals(json("'RGF0YSB0byBlbmNvZGU='"), eval("States.Base64Encode('Data to encode')"));
            assertEquals(json("''"), eval("States.Base64Encode('')"));
            assertEquals(json("'4pyT'"), eval("States.Base64Encode($.s)", "{\"s\": \"\u2713\"}"));
        }

        @Test
        void decodesUtf8() {
            assertEquals(json("'Data to encode'"), eval("States.Base64Decode('RGF0YSB0byBlbmNvZGU=')"));
            assertEquals(json("''"), eval("States.Base64Decode('')"));
            assertEquals(Json.parse("\"\u3053\u3093\u306b\u3061\u306f\""), eval("States.Base64Decode('44GT44KT44Gr44Gh44Gv')"));
            assertEquals(Json.parse("\"abc\\u0000def\""), eval("States.Base64Decode('YWJjAGRlZg==')"));
            assertEquals(json("'hello'"), eval("States.Base64Decode(States.Base64Encode('hello'))"));
        }

        @Test
        void decodesLenientlyAsAwsDoes() {
            assertEquals(json("'abcd'"), eval("States.Base64Decode(' YWJjZA== ')"));
            assertEquals(json("'i'"), eval("States.Base64Decode('ab==cd')"));
            assertEquals(json("'abcd'"), eval("States.Base64Decode('YWJjZA')"));
        }

        @Test
        void limitsInputToTenThousandCharacters() {
            String text = "a".repeat(10_000);
            String encoded = java.util.Base64.getEncoder().encodeToString("x".repeat(7_500).getBytes(StandardCharsets.UTF_8));
            String tooLong = "{\"s\": \"" + "a".repeat(10_001) + "\"}";
            assertEquals(java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)),
                    eval("States.Base64Encode($.s)", "{\"s\": \"" + text + "\"}").textValue());
            assertEquals(10_000, encoded.length());
            assertEquals("x".repeat(7_500), eval("States.Base64Decode($.s)", "{\"s\": \"" + encoded + "\"}").textValue());
            rejects("States.Base64Encode", "States.Base64Encode($.s)", tooLong);
            rejects("States.Base64Decode", "States.Base64Decode($.s)", tooLong);
        }

        @Test
        void needStrings() {
            rejects("States.Base64Encode", "States.Base64Encode(123)");
            rejects("States.Base64Decode", "States.Base64Decode($.o)", "{\"o\": {}}");
            rejects("States.Base64Decode", "States.Base64Decode('aGVsbG8=', 'extra')");
        }
    }

    @Nested
    class Hash {
        @Test
        void digestsWithEachAlgorithm() {
            assertEquals(json("'812f45842bc6d66ee14572ce20db8e86'"), eval("States.Hash('input data', 'MD5')"));
            assertEquals(json("'aaff4a450a104cd177d28d18d74485e8cae074b7'"), eval("States.Hash('input data', 'SHA-1')"));
            assertEquals(json("'2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824'"),
                    eval("States.Hash('hello', 'SHA-256')"));
            assertEquals(json("'59e1748777448c69de6b800d7a33bbfb9ff1b463e44354c3553bcdb9c666fa90125a3c79f90397bdf5f6a13de828684f'"),
                    eval("States.Hash('hello', 'SHA-384')"));
            assertEquals(json("'9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043'"),
                    eval("States.Hash('hello', 'SHA-512')"));
            assertEquals(json("'1dabba21cdad44541f6b15796f8d22978fc7ea10c46aeceeeeb66c23b3ac7604'"),
                    eval("States.Hash($.s, 'SHA-256')", "{\"s\": \"\u2713\"}"));
        }

        @Test
        void hashesNonStringsAsTheirJsonText() {
            assertEquals(eval("States.Hash('123', 'MD5')"), eval("States.Hash(123, 'MD5')"));
        }

        @Test
        void rejectsBadArguments() {
            rejects("States.Hash", "States.Hash('data', 'sha-256')");
            rejects("States.Hash", "States.Hash('data', 'SHA256')");
            rejects("States.Hash", "States.Hash('data', '')");
            rejects("States.Hash", "States.Hash('hello', 123)");
            rejects("States.Hash", "States.Hash()");
            rejects("States.Hash", "States.Hash('hello', 'SHA-256', 'extra')");
            eval("States.Hash($.s, 'SHA-256')", "{\"s\": \"" + "a".repeat(10_000) + "\"}");
            rejects("States.Hash", "States.Hash($.s, 'SHA-256')", "{\"s\": \"" + "a".repeat(10_001) + "\"}");
        }
    }

    @Nested
    class JsonMerge {
        @Test
        void mergesShallowlyTheSecondWinning() {
            assertEquals(json("{'a': {'a3': 1, 'a4': 2}, 'b': 2, 'c': 3, 'd': 4}"),
                    eval("States.JsonMerge($.fst, $.snd, false)",
                            "{\"fst\": {\"a\": {\"a1\": 1, \"a2\": 2}, \"b\": 2, \"d\": 3}, \"snd\": {\"a\": {\"a3\": 1, \"a4\": 2}, \"c\": 3, \"d\": 4}}"));
        }

        @Test
        void leavesItsArgumentsUntouched() {
            JsonNode input = Json.parse("{\"fst\": {\"a\": 1}, \"snd\": {\"b\": 2}}");
            JsonNode before = input.deepCopy();
            Intrinsics.evaluate("States.JsonMerge($.fst, $.snd, false)", PathContext.of(input));
            assertEquals(before, input);
        }

        @Test
        void deepMergingIsNotSupported() {
            rejects("States.JsonMerge", "States.JsonMerge($.a, $.b, true)", "{\"a\": {}, \"b\": {}}");
            rejects("States.JsonMerge", "States.JsonMerge($.a, $.b)", "{\"a\": {}, \"b\": {}}");
            rejects("States.JsonMerge", "States.JsonMerge($.a, $.b, 'false')", "{\"a\": {}, \"b\": {}}");
            rejects("States.JsonMerge", "States.JsonMerge($.a, $.b, false)", "{\"a\": [], \"b\": {}}");
        }
    }

    @Nested
    class MathRandom {
        @Test
        void staysBetweenStartAndEndExclusive() {
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < 500; i++) {
                int value = eval("States.MathRandom(1, 4)").intValue();
                assertTrue(value >= 1 && value < 4, Integer.toString(value));
                seen.add(value);
            }
            assertEquals(Set.of(1, 2, 3), seen);
        }

        @Test
        void aSeedRepeatsTheNumber() {
            assertEquals(eval("States.MathRandom(1, 1000, 42)"), eval("States.MathRandom(1, 1000, 42)"));
            int value = eval("States.MathRandom(2147483640, 2147483647, 1)").intValue();
            assertTrue(value >= 2147483640 && value < 2147483647);
        }

        @Test
        void boundsAreCutTowardZero() {
            for (int i = 0; i < 100; i++) {
                int value = eval("States.MathRandom(1.6, 5.4)").intValue();
                assertTrue(value >= 1 && value < 5, Integer.toString(value));
            }
            rejects("States.MathRandom", "States.MathRandom(1.4, 1.6)");
        }

        @Test
        void rejectsBadArguments() {
            rejects("States.MathRandom", "States.MathRandom(1, 1)");
            rejects("States.MathRandom", "States.MathRandom(10, 5)");
            rejects("States.MathRandom", "States.MathRandom('a', 10)");
            rejects("States.MathRandom", "States.MathRandom(1, 10, 'seed')");
            rejects("States.MathRandom", "States.MathRandom(1, 10, null)");
            rejects("States.MathRandom", "States.MathRandom(1)");
            rejects("States.MathRandom", "States.MathRandom(1, 10, 5, 99)");
        }
    }

    @Nested
    class MathAdd {
        @Test
        void addsRoundedOperands() {
            assertEquals(json("-6"), eval("States.MathAdd(-9, 3)"));
            assertEquals(json("110"), eval("States.MathAdd($.v, -1)", "{\"v\": 111}"));
            assertEquals(json("3"), eval("States.MathAdd(1.49, 1.5)"));
            assertEquals(json("5"), eval("States.MathAdd(1.6, 2.7)"));
            assertEquals(json("0"), eval("States.MathAdd(0.1, 0.2)"));
        }

        @Test
        void staysWithinThirtyTwoBits() {
            assertEquals(json("2147483647"), eval("States.MathAdd(2147483646, 1)"));
            assertEquals(json("-2147483648"), eval("States.MathAdd(-2147483647, -1)"));
            rejects("States.MathAdd", "States.MathAdd(2147483647, 1)");
            rejects("States.MathAdd", "States.MathAdd(-2147483648, -1)");
            rejects("States.MathAdd", "States.MathAdd(3000000000, 1)");
        }

        @Test
        void rejectsNonNumbers() {
            rejects("States.MathAdd", "States.MathAdd('1', 2)");
            rejects("States.MathAdd", "States.MathAdd(null, 1)");
            rejects("States.MathAdd", "States.MathAdd(true, 1)");
            rejects("States.MathAdd", "States.MathAdd(1)");
            rejects("States.MathAdd", "States.MathAdd(1, 2, 999)");
        }
    }

    @Nested
    class StringSplit {
        @Test
        void splitsOnEveryDelimiterCharacterDroppingEmptyPieces() {
            assertEquals(json("['a','b','c','d','e']"), eval("States.StringSplit('a,b,c,d,e', ',')"));
            assertEquals(json("[' ']"), eval("States.StringSplit(' ', ',')"));
            assertEquals(json("['a','b']"), eval("States.StringSplit('a,,b,', ',')"));
            assertEquals(json("['1','2','3']"), eval("States.StringSplit('1+2-3', '+-')"));
            assertEquals(json("[]"), eval("States.StringSplit('', ',')"));
            assertEquals(json("['Hello','World']"), eval("States.StringSplit('Hello\nWorld', '\n')"));
        }

        @Test
        void needsTwoStrings() {
            rejects("States.StringSplit", "States.StringSplit(1, ',')");
            rejects("States.StringSplit", "States.StringSplit('a', 1)");
            rejects("States.StringSplit", "States.StringSplit('a')");
        }
    }

    @Nested
    class Uuid {
        @Test
        void givesAFreshVersionFourUuid() {
            String first = eval("States.UUID()").textValue();
            assertEquals(4, UUID.fromString(first).version());
            assertNotEquals(first, eval("States.UUID()").textValue());
            rejects("States.UUID", "States.UUID(1)");
        }
    }
}
