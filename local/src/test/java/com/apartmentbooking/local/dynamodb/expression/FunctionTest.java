package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** attribute_exists, attribute_not_exists, attribute_type, begins_with, contains and size, on every type they apply to. */
class FunctionTest {

    private static final String ITEM = "{\"s\":{\"S\":\"hello\"},\"n\":{\"N\":\"5\"},\"b\":{\"B\":\"AQID\"},"
            + "\"ss\":{\"SS\":[\"x\",\"y\"]},\"ns\":{\"NS\":[\"1\",\"2\",\"3\"]},\"bs\":{\"BS\":[\"AQ==\"]},"
            + "\"l\":{\"L\":[{\"S\":\"x\"},{\"N\":\"1\"}]},\"m\":{\"M\":{\"k\":{\"NULL\":true}}},\"nul\":{\"NULL\":true},"
            + "\"bool\":{\"BOOL\":false}}";

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @CsvSource(value = {
            "attribute_exists(s)|{\"S\":\"\"}|true", "attribute_exists(nope)|{\"S\":\"\"}|false",
            "attribute_exists(m.k)|{\"S\":\"\"}|true", "attribute_exists(l[1])|{\"S\":\"\"}|true",
            "attribute_exists(l[2])|{\"S\":\"\"}|false", "attribute_not_exists(nope)|{\"S\":\"\"}|true",
            "attribute_not_exists(nul)|{\"S\":\"\"}|false",
            "attribute_type(s, :v)|{\"S\":\"S\"}|true", "attribute_type(ns, :v)|{\"S\":\"NS\"}|true",
            "attribute_type(nul, :v)|{\"S\":\"NULL\"}|true", "attribute_type(bool, :v)|{\"S\":\"BOOL\"}|true",
            "attribute_type(m, :v)|{\"S\":\"L\"}|false", "attribute_type(nope, :v)|{\"S\":\"S\"}|false",
            "begins_with(s, :v)|{\"S\":\"he\"}|true", "begins_with(s, :v)|{\"S\":\"lo\"}|false",
            "begins_with(b, :v)|{\"B\":\"AQI=\"}|true", "begins_with(n, :v)|{\"S\":\"5\"}|false",
            "contains(s, :v)|{\"S\":\"ell\"}|true", "contains(s, :v)|{\"S\":\"x\"}|false",
            "contains(ss, :v)|{\"S\":\"y\"}|true", "contains(ns, :v)|{\"N\":\"2.0\"}|true",
            "contains(ns, :v)|{\"S\":\"2\"}|false", "contains(bs, :v)|{\"B\":\"AQ==\"}|true",
            "contains(l, :v)|{\"N\":\"1\"}|true", "contains(l, :v)|{\"S\":\"y\"}|false",
            "contains(b, :v)|{\"B\":\"Ag==\"}|true", "contains(n, :v)|{\"N\":\"5\"}|false",
            "size(s) = :v|{\"N\":\"5\"}|true", "size(b) = :v|{\"N\":\"3\"}|true", "size(ss) = :v|{\"N\":\"2\"}|true",
            "size(ns) > :v|{\"N\":\"2\"}|true", "size(l) = :v|{\"N\":\"2\"}|true", "size(m) = :v|{\"N\":\"1\"}|true",
            "size(n) = :v|{\"N\":\"1\"}|false", "size(nope) < :v|{\"N\":\"1\"}|false",
            "size(s) BETWEEN :v AND :v|{\"N\":\"5\"}|true", "NOT contains(s, :v)|{\"S\":\"zz\"}|true"
    }, delimiter = '|')
    void evaluates(String expression, String v, boolean expected) {
        Condition condition = Expressions.condition(expression, Wire.values("{\":v\":" + v + "}"));
        assertEquals(expected, condition.test(Wire.item(ITEM)));
    }
}
