package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * When an expression has several semantic problems AWS reports one by kind, not by position: in conditions an
 * unknown function before a reserved word, in updates a reserved word before the rest.
 */
class ProblemPrecedenceTest {

    @Test
    void conditionsReportFunctionsFirst() {
        assertEquals("Invalid ConditionExpression: Invalid function name; function: nope",
                Wire.validationError(() -> Expressions.condition("status = :v AND nope(a)",
                        Wire.values("{\":v\":{\"S\":\"x\"}}"))));
        assertEquals("Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: status",
                Wire.validationError(() -> Expressions.condition("#undefined = :v AND status = :v",
                        Wire.values("{\":v\":{\"S\":\"x\"}}"))));
    }

    @Test
    void updatesReportReservedWordsFirst() {
        assertEquals("Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: size",
                Wire.validationError(() -> Expressions.update("SET a = nope(b), size = :undefined",
                        ExpressionContext.empty())));
        assertEquals("Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;",
                Wire.validationError(() -> Expressions.update("SET a = :undefined SET b = :v",
                        Wire.values("{\":v\":{\"S\":\"x\"}}"))));
    }
}
