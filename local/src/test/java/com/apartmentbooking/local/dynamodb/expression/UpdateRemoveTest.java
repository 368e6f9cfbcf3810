package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** REMOVE: attributes, map members and list elements; later elements shift down; missing paths are no-ops. */
class UpdateRemoveTest {

    private static final String ITEM = "{\"a\":{\"S\":\"x\"},\"l\":{\"L\":[{\"N\":\"0\"},{\"N\":\"1\"},{\"N\":\"2\"},{\"N\":\"3\"}]},"
            + "\"m\":{\"M\":{\"k\":{\"S\":\"v\"},\"j\":{\"L\":[{\"S\":\"p\"},{\"S\":\"q\"}]}}}}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "REMOVE a|{\"l\":{\"L\":[{\"N\":\"0\"},{\"N\":\"1\"},{\"N\":\"2\"},{\"N\":\"3\"}]},\"m\":{\"M\":{\"k\":{\"S\":\"v\"},\"j\":{\"L\":[{\"S\":\"p\"},{\"S\":\"q\"}]}}}}",
            "REMOVE l, m|{\"a\":{\"S\":\"x\"}}",
            "REMOVE l[1], m.k, nope, m.nope, l[9]|{\"a\":{\"S\":\"x\"},\"l\":{\"L\":[{\"N\":\"0\"},{\"N\":\"2\"},{\"N\":\"3\"}]},\"m\":{\"M\":{\"j\":{\"L\":[{\"S\":\"p\"},{\"S\":\"q\"}]}}}}",
            "REMOVE l[0], l[2], m.j[0]|{\"a\":{\"S\":\"x\"},\"l\":{\"L\":[{\"N\":\"1\"},{\"N\":\"3\"}]},\"m\":{\"M\":{\"k\":{\"S\":\"v\"},\"j\":{\"L\":[{\"S\":\"q\"}]}}}}",
            "remove a SET b = a|{\"l\":{\"L\":[{\"N\":\"0\"},{\"N\":\"1\"},{\"N\":\"2\"},{\"N\":\"3\"}]},\"m\":{\"M\":{\"k\":{\"S\":\"v\"},\"j\":{\"L\":[{\"S\":\"p\"},{\"S\":\"q\"}]}}},\"b\":{\"S\":\"x\"}}"
    }, delimiter = '|')
    void removes(String expression, String expected) {
        var updated = Expressions.update(expression, ExpressionContext.empty()).apply(Wire.item(ITEM));
        assertEquals(Wire.json(expected), Wire.json(Wire.itemJson(updated)));
    }
}
