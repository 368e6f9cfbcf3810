package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Comparators, BETWEEN and IN: numbers compare numerically, strings by code point, binary unsigned; values of
 * different types (or a missing attribute) make the comparison false rather than an error, except {@code <>}.
 */
class ComparisonTest {

    private static final String ITEM = "{\"n\":{\"N\":\"10\"},\"s\":{\"S\":\"b\"},\"bin\":{\"B\":\"gA==\"},"
            + "\"ss\":{\"SS\":[\"x\",\"y\"]},\"l\":{\"L\":[{\"N\":\"1\"}]},\"m\":{\"M\":{\"k\":{\"S\":\"v\"}}}}";

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @CsvSource(value = {
            "n = :v|{\"N\":\"10.0\"}|true", "n < :v|{\"N\":\"9\"}|false", "n > :v|{\"N\":\"9\"}|true",
            "n <= :v|{\"N\":\"10\"}|true", "n >= :v|{\"N\":\"10.5\"}|false", "n <> :v|{\"N\":\"1\"}|true",
            "n = :v|{\"S\":\"10\"}|false", "n < :v|{\"S\":\"z\"}|false", "n <> :v|{\"S\":\"10\"}|true",
            "absent = :v|{\"N\":\"1\"}|false", "absent <> :v|{\"N\":\"1\"}|true", "absent < :v|{\"N\":\"1\"}|false",
            "s < :v|{\"S\":\"ba\"}|true", "s > :v|{\"S\":\"B\"}|true", "s < :v|{\"S\":\"\uD83D\uDE00\"}|true",
            "bin > :v|{\"B\":\"fw==\"}|true", "ss = :v|{\"SS\":[\"y\",\"x\"]}|true", "ss < :v|{\"SS\":[\"z\"]}|false",
            "l = :v|{\"L\":[{\"N\":\"1.0\"}]}|true", "m = :v|{\"M\":{\"k\":{\"S\":\"v\"}}}|true",
            "n BETWEEN :v AND :w|{\"N\":\"10\"}|true", "n between :v and :w|{\"N\":\"11\"}|false",
            "s BETWEEN :v AND :w|{\"N\":\"1\"}|false",
            "n IN (:v, :w)|{\"N\":\"10\"}|true", "n IN (:v)|{\"N\":\"11\"}|false", "s in (:w, :v)|{\"S\":\"b\"}|true",
            ":v = n|{\"N\":\"10\"}|true"
    }, delimiter = '|')
    void compares(String expression, String v, boolean expected) {
        ExpressionContext context = Wire.values("{\":v\":" + v + ",\":w\":{\"N\":\"20\"}}");
        Condition condition = Expressions.condition(expression, context);
        assertEquals(expected, condition.test(Wire.item(ITEM)));
    }
}
