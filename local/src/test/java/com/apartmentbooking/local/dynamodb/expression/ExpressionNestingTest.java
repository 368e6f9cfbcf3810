package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Parentheses nested far deeper than any expression within DynamoDB's 300-operator limit needs are refused as
 * AWS refuses redundant parentheses, with a ValidationException, whatever the thread's stack.
 */
class ExpressionNestingTest {

    private static final ExpressionContext VALUES = Wire.values("{\":v\":{\"N\":\"1\"}}");

    @Test
    void aConditionNestedInTwoThousandParenthesesIsAValidationError() {
        String nested = "(".repeat(2000) + "a = :v" + ")".repeat(2000);
        assertEquals("Invalid FilterExpression: The expression has redundant parentheses;",
                Wire.validationError(() -> Expressions.filter(nested, VALUES)));
        assertEquals("Invalid ConditionExpression: The expression has redundant parentheses;",
                Wire.validationError(() -> Expressions.condition(nested, VALUES)));
    }

    @Test
    void anOperandNestedInTwoThousandParenthesesIsAValidationError() {
        String nested = "(".repeat(2000) + "a" + ")".repeat(2000) + " = :v";
        assertEquals("Invalid FilterExpression: The expression has redundant parentheses;",
                Wire.validationError(() -> Expressions.filter(nested, VALUES)));
    }

    @Test
    void aFunctionArgumentNestedInTwoThousandParenthesesIsAValidationError() {
        String nested = "size(" + "(".repeat(2000) + "a" + ")".repeat(2000) + ") = :v";
        assertEquals("Invalid FilterExpression: The expression has redundant parentheses;",
                Wire.validationError(() -> Expressions.filter(nested, VALUES)));
    }

    @Test
    void anUpdateValueNestedInTwoThousandParenthesesIsAValidationError() {
        String nested = "SET a = " + "(".repeat(2000) + ":v" + ")".repeat(2000);
        assertEquals("Invalid UpdateExpression: The expression has redundant parentheses;",
                Wire.validationError(() -> Expressions.update(nested, VALUES)));
    }

    @Test
    void aDeepGroupingOfConditionsIsStillParsed() {
        String nested = "(a = :v AND ".repeat(100) + "a = :v" + ")".repeat(100);
        assertTrue(Expressions.filter(nested, VALUES).test(Wire.item("{\"a\":{\"N\":\"1\"}}")));
    }
}
