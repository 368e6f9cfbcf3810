package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SET: plain values, nested paths, list indexes (past the end appends), + and - with exact decimals,
 * if_not_exists and list_append; right-hand sides read the item as it was before the update.
 */
class UpdateSetTest {

    private static final String ITEM = "{\"id\":{\"S\":\"1\"},\"n\":{\"N\":\"10\"},\"l\":{\"L\":[{\"N\":\"1\"},{\"N\":\"2\"}]},"
            + "\"m\":{\"M\":{\"a\":{\"S\":\"x\"}}},\"big\":{\"N\":\"99999999999999999999999999999999999999\"},"
            + "\"frac\":{\"N\":\"0.1\"}}";
    private static final String VALUES = "{\":one\":{\"N\":\"1\"},\":s\":{\"S\":\"v\"},\":l\":{\"L\":[{\"N\":\"9\"}]},"
            + "\":tiny\":{\"N\":\"0.2\"}}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "SET n = :one|n|{\"N\":\"1\"}",
            "SET fresh = :s|fresh|{\"S\":\"v\"}",
            "SET n = n + :one|n|{\"N\":\"11\"}",
            "SET n = n - :one|n|{\"N\":\"9\"}",
            "SET n = :one - n|n|{\"N\":\"-9\"}",
            "SET frac = frac + :tiny|frac|{\"N\":\"0.3\"}",
            "SET n = if_not_exists(n, :one)|n|{\"N\":\"10\"}",
            "SET c = if_not_exists(c, :one)|c|{\"N\":\"1\"}",
            "SET c = if_not_exists(c, :one) + :one|c|{\"N\":\"2\"}",
            "SET l = list_append(l, :l)|l|{\"L\":[{\"N\":\"1\"},{\"N\":\"2\"},{\"N\":\"9\"}]}",
            "SET l = list_append(:l, l)|l|{\"L\":[{\"N\":\"9\"},{\"N\":\"1\"},{\"N\":\"2\"}]}",
            "SET l[0] = :s|l|{\"L\":[{\"S\":\"v\"},{\"N\":\"2\"}]}",
            "SET l[7] = :s|l|{\"L\":[{\"N\":\"1\"},{\"N\":\"2\"},{\"S\":\"v\"}]}",
            "SET m.b = :s|m|{\"M\":{\"a\":{\"S\":\"x\"},\"b\":{\"S\":\"v\"}}}",
            "SET m.a = (:s)|m|{\"M\":{\"a\":{\"S\":\"v\"}}}",
            "set n = n + :one, m.b = n|m|{\"M\":{\"a\":{\"S\":\"x\"},\"b\":{\"N\":\"10\"}}}",
            "SET big = big - :one|big|{\"N\":\"99999999999999999999999999999999999998\"}",
            "SET big = big + :one|big|{\"N\":\"100000000000000000000000000000000000000\"}"
    }, delimiter = '|')
    void sets(String expression, String attribute, String expected) {
        var updated = Expressions.update(expression, Wire.values(VALUES)).apply(Wire.item(ITEM));
        assertEquals(Wire.json(expected), com.apartmentbooking.local.dynamodb.value.AttributeValues.toJson(updated.get(attribute)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "SET n = nope + :one|The provided expression refers to an attribute that does not exist in the item",
            "SET n = m + :one|An operand in the update expression has an incorrect data type",
            "SET l = list_append(l, n)|An operand in the update expression has an incorrect data type",
            "SET nope.a = :one|The document path provided in the update expression is invalid for update",
            "SET n[0] = :one|The document path provided in the update expression is invalid for update",
            "SET big = big + :tiny|Attempting to store more than 38 significant digits in a Number"
    }, delimiter = '|')
    void refusesWhatItCannotCompute(String expression, String message) {
        Update update = Expressions.update(expression, Wire.values(VALUES));
        assertEquals(message, Wire.validationError(() -> update.apply(Wire.item(ITEM))));
    }

    @ParameterizedTest
    @CsvSource(value = {"SET a = b, b = a"}, delimiter = '|')
    void rightHandSidesReadTheOriginalItem(String expression) {
        var updated = Expressions.update(expression, ExpressionContext.empty())
                .apply(Wire.item("{\"a\":{\"S\":\"A\"},\"b\":{\"S\":\"B\"}}"));
        assertEquals("{\"a\":{\"S\":\"B\"},\"b\":{\"S\":\"A\"}}", Wire.itemJson(updated));
    }
}
