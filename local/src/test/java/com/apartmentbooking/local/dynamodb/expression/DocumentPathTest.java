package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Document paths walk maps by key and lists by index; walking into the wrong type finds nothing. */
class DocumentPathTest {

    private static final String ITEM = "{\"a\":{\"M\":{\"b\":{\"L\":[{\"S\":\"zero\"},{\"M\":{\"c\":{\"N\":\"7\"}}}]}}},"
            + "\"l\":{\"L\":[{\"L\":[{\"S\":\"inner\"}]}]},\"dotted.name\":{\"S\":\"d\"}}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "a.b[1].c|{\"N\":\"7\"}", "a.b[0]|{\"S\":\"zero\"}", "l[0][0]|{\"S\":\"inner\"}", "a . b [ 1 ] . c|{\"N\":\"7\"}",
            "#d|{\"S\":\"d\"}"
    }, delimiter = '|')
    void resolves(String path, String expected) {
        ExpressionContext context = Wire.context("{\"#d\":\"dotted.name\"}", "{\":v\":" + expected + "}");
        Condition condition = Expressions.condition(path + " = :v", context);
        assertTrue(condition.test(Wire.item(ITEM)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {"a.b[2]", "a.b.c", "a[0]", "l[0].x", "dotted", "a.b[1].c.d"}, delimiter = '|')
    void findsNothingOffTheDocument(String path) {
        assertTrue(Expressions.condition("attribute_not_exists(" + path + ")", ExpressionContext.empty())
                .test(Wire.item(ITEM)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {"a.b[1].c|[a, b, [1], c]", "l[0][3]|[l, [0], [3]]"}, delimiter = '|')
    void rendersAsAwsDoesInMessages(String path, String rendered) {
        Update update = Expressions.update("REMOVE " + path, ExpressionContext.empty());
        assertEquals(rendered, update.paths().get(0).toString());
    }
}
