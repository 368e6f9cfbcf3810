package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/** DynamoDB's size limits on expressions: 4 KB per expression string and 100 candidates per IN. */
class ExpressionLimitsTest {

    @Test
    void anExpressionOf4096BytesIsAcceptedAndOneMoreIsNot() {
        String name = "a".repeat(4096 - " = :v".length());
        ExpressionContext context = Wire.values("{\":v\":{\"N\":\"1\"}}");
        Expressions.condition(name + " = :v", context);
        assertEquals("Invalid FilterExpression: Expression size has exceeded the maximum allowed size; expression size: 4097",
                Wire.validationError(() -> Expressions.filter(name + "b = :v", context)));
    }

    @Test
    void inTakesAtMostAHundredCandidates() {
        StringBuilder values = new StringBuilder("{");
        StringJoiner hundred = new StringJoiner(", ");
        for (int i = 0; i < 101; i++) {
            values.append(i == 0 ? "" : ",").append("\":v").append(i).append("\":{\"N\":\"").append(i).append("\"}");
            if (i < 100) {
                hundred.add(":v" + i);
            }
        }
        ExpressionContext context = Wire.values(values.append("}").toString());
        assertTrue(Expressions.condition("a IN (" + hundred + ")", context).test(Wire.item("{\"a\":{\"N\":\"99\"}}")));
        assertEquals("Invalid ConditionExpression: Too many operands for the operator or function; operator or function: IN, "
                + "number of operands: 101",
                Wire.validationError(() -> Expressions.condition("a IN (" + hundred + ", :v100)", context)));
    }
}
