package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Grammar errors name the offending token and the text around it, as AWS does; an empty expression has its own text. */
class SyntaxErrorTest {

    private static final ExpressionContext VALUES = Wire.values("{\":v\":{\"N\":\"1\"},\":w\":{\"N\":\"2\"}}");

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "a = |<EOF>|=", "a = :v AND|<EOF>|AND", "a == :v|=|==", "a = :v b|b|:v b", "(a = :v|<EOF>|:v",
            "a BETWEEN :v|<EOF>|:v", "a IN :v|:v|IN :v", "_a = :v|_|_", "a[x] = :v|x|[x", "a = {|{|= {"
    }, delimiter = '|')
    void conditionsQuoteTokenAndNeighbourhood(String expression, String token, String near) {
        assertEquals("Invalid ConditionExpression: Syntax error; token: \"" + token + "\", near: \"" + near + "\"",
                Wire.validationError(() -> Expressions.condition(expression, VALUES)));
    }

    @Test
    void updatesToo() {
        assertEquals("Invalid UpdateExpression: Syntax error; token: \"1\", near: \"VALUE 1\"",
                Wire.validationError(() -> Expressions.update("SET path = VALUE 1", VALUES)));
        assertEquals("Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \"SET\"",
                Wire.validationError(() -> Expressions.update("SET", VALUES)));
        assertEquals("Invalid UpdateExpression: Syntax error; token: \"PUT\", near: \"PUT\"",
                Wire.validationError(() -> Expressions.update("PUT a = :v", VALUES)));
    }

    @Test
    void aSectionKeywordIsNoAttributeNameInAnUpdate() {
        assertEquals("Invalid UpdateExpression: Syntax error; token: \"set\", near: \"=set\"",
                Wire.validationError(() -> Expressions.update("set a=set", VALUES)));
        assertEquals("Invalid UpdateExpression: Syntax error; token: \"ADD\", near: \"REMOVE ADD\"",
                Wire.validationError(() -> Expressions.update("REMOVE ADD", VALUES)));
    }

    @Test
    void emptyExpressionsAreRefused() {
        assertEquals("Invalid ConditionExpression: The expression can not be empty;",
                Wire.validationError(() -> Expressions.condition("", VALUES)));
        assertEquals("Invalid ProjectionExpression: The expression can not be empty;",
                Wire.validationError(() -> Expressions.projection("  ", VALUES)));
        assertEquals("Invalid FilterExpression: The expression can not be empty;",
                Wire.validationError(() -> Expressions.filter("", VALUES)));
    }
}
