package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Projections keep only the named paths; picked list elements come back compacted in index order. */
class ProjectionTest {

    private static final String ITEM = "{\"id\":{\"S\":\"1\"},\"a\":{\"N\":\"1\"},\"m\":{\"M\":{\"x\":{\"S\":\"X\"},\"y\":{\"S\":\"Y\"},"
            + "\"z\":{\"M\":{\"deep\":{\"N\":\"3\"}}}}},\"l\":{\"L\":[{\"S\":\"l0\"},{\"M\":{\"p\":{\"S\":\"P\"},\"q\":{\"S\":\"Q\"}}},{\"S\":\"l2\"}]}}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "id|{\"id\":{\"S\":\"1\"}}",
            "a, id|{\"id\":{\"S\":\"1\"},\"a\":{\"N\":\"1\"}}",
            "m.y|{\"m\":{\"M\":{\"y\":{\"S\":\"Y\"}}}}",
            "m.z.deep, m.x|{\"m\":{\"M\":{\"z\":{\"M\":{\"deep\":{\"N\":\"3\"}}},\"x\":{\"S\":\"X\"}}}}",
            "l[2], l[0]|{\"l\":{\"L\":[{\"S\":\"l0\"},{\"S\":\"l2\"}]}}",
            "l[1].q|{\"l\":{\"L\":[{\"M\":{\"q\":{\"S\":\"Q\"}}}]}}",
            "nope, m.nope, l[7], a.b|{}",
            "#n|{\"m\":{\"M\":{\"x\":{\"S\":\"X\"},\"y\":{\"S\":\"Y\"},\"z\":{\"M\":{\"deep\":{\"N\":\"3\"}}}}}}"
    }, delimiter = '|')
    void projects(String expression, String expected) {
        ExpressionContext context = expression.contains("#n") ? Wire.names("{\"#n\":\"m\"}") : ExpressionContext.empty();
        var projected = Expressions.projection(expression, context).apply(Wire.item(ITEM));
        assertEquals(Wire.json(expected), Wire.json(Wire.itemJson(projected)));
    }

    @Test
    void overlappingPathsAreRefused() {
        assertEquals("Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite "
                + "one of these paths; path one: [m], path two: [m, x]",
                Wire.validationError(() -> Expressions.projection("m, m.x", ExpressionContext.empty())));
    }

    @Test
    void namesTheTopLevelAttributesItReads() {
        assertEquals(List.of("m", "l"), Expressions.projection("m.x, l[0], m.y", ExpressionContext.empty()).attributeNames());
    }
}
