package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.apartmentbooking.local.dynamodb.value.AttributeValues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ADD adds to numbers and unites sets (creating them when missing); DELETE takes members out of sets. */
class UpdateAddDeleteTest {

    private static final String ITEM = "{\"n\":{\"N\":\"1.5\"},\"ss\":{\"SS\":[\"a\",\"b\"]},\"ns\":{\"NS\":[\"1\",\"2\"]},"
            + "\"bs\":{\"BS\":[\"AQ==\"]},\"s\":{\"S\":\"x\"},\"m\":{\"M\":{}}}";
    private static final String VALUES = "{\":n\":{\"N\":\"-2\"},\":ss\":{\"SS\":[\"b\",\"c\"]},\":ns\":{\"NS\":[\"2.0\",\"3\"]},"
            + "\":bs\":{\"BS\":[\"Ag==\"]},\":all\":{\"SS\":[\"a\",\"b\"]}}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "ADD n :n|n|{\"N\":\"-0.5\"}",
            "ADD fresh :n|fresh|{\"N\":\"-2\"}",
            "ADD ss :ss|ss|{\"SS\":[\"a\",\"b\",\"c\"]}",
            "ADD ns :ns|ns|{\"NS\":[\"1\",\"2\",\"3\"]}",
            "ADD bs :bs|bs|{\"BS\":[\"AQ==\",\"Ag==\"]}",
            "ADD fresh :ss|fresh|{\"SS\":[\"b\",\"c\"]}",
            "DELETE ss :ss|ss|{\"SS\":[\"a\"]}",
            "DELETE ns :ns|ns|{\"NS\":[\"1\"]}",
            "DELETE bs :bs|bs|{\"BS\":[\"AQ==\"]}",
            "ADD m.tally :n, m.tags :ss|m|{\"M\":{\"tally\":{\"N\":\"-2\"},\"tags\":{\"SS\":[\"b\",\"c\"]}}}"
    }, delimiter = '|')
    void updates(String expression, String attribute, String expected) {
        var updated = Expressions.update(expression, Wire.values(VALUES)).apply(Wire.item(ITEM));
        assertEquals(Wire.json(expected), AttributeValues.toJson(updated.get(attribute)));
    }

    @ParameterizedTest
    @CsvSource(value = {"DELETE ss :all|ss", "DELETE nope :all|nope"}, delimiter = '|')
    void deletingEveryMemberRemovesTheAttribute(String expression, String attribute) {
        var updated = Expressions.update(expression, Wire.values(VALUES)).apply(Wire.item(ITEM));
        assertFalse(updated.containsKey(attribute));
    }

    @ParameterizedTest
    @CsvSource(value = {"ADD s :n", "ADD ns :ss", "DELETE ns :ss", "DELETE n :ns"}, delimiter = '|')
    void refusesMismatchedTypesInTheItem(String expression) {
        Update update = Expressions.update(expression, Wire.values(VALUES));
        assertEquals("An operand in the update expression has an incorrect data type",
                Wire.validationError(() -> update.apply(Wire.item(ITEM))));
    }
}
