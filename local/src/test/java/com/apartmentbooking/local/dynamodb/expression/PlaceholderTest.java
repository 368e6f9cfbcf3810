package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * #name and :value placeholders: resolved in paths and operands, missing ones and unused ones are errors with
 * AWS's texts, and use is tracked across all expressions of one request.
 */
class PlaceholderTest {

    @Test
    void namePlaceholdersStandForAttributeNamesAnywhereInAPath() {
        ExpressionContext context = Wire.context("{\"#a\":\"my.attr\",\"#b\":\"status\"}", "{\":v\":{\"S\":\"x\"}}");
        Condition condition = Expressions.condition("#a.#b[0] = :v", context);
        assertTrue(condition.test(Wire.item("{\"my.attr\":{\"M\":{\"status\":{\"L\":[{\"S\":\"x\"}]}}}}")));
        context.assertAllUsed();
    }

    @Test
    void anUndefinedNameIsAnError() {
        assertEquals("Invalid ConditionExpression: An expression attribute name used in the document path is not defined; "
                + "attribute name: #n", Wire.validationError(() -> Expressions.condition("#n = :v",
                Wire.values("{\":v\":{\"S\":\"x\"}}"))));
    }

    @Test
    void anUndefinedValueIsAnError() {
        assertEquals("Invalid UpdateExpression: An expression attribute value used in expression is not defined; "
                + "attribute value: :v", Wire.validationError(() -> Expressions.update("SET a = :v",
                ExpressionContext.empty())));
    }

    @Test
    void anUnusedValueIsAnErrorAfterAllExpressionsOfTheRequest() {
        ExpressionContext context = Wire.values("{\":a\":{\"N\":\"1\"},\":b\":{\"N\":\"2\"},\":c\":{\"N\":\"3\"}}");
        Expressions.update("SET x = :a", context);
        Expressions.condition("y = :b", context);
        assertEquals("Value provided in ExpressionAttributeValues unused in expressions: keys: {:c}",
                Wire.validationError(context::assertAllUsed));
    }

    @Test
    void unusedNamesAreReportedBeforeUnusedValues() {
        ExpressionContext context = Wire.context("{\"#u\":\"u\",\"#w\":\"w\"}", "{\":v\":{\"N\":\"1\"}}");
        Expressions.projection("a", context);
        assertEquals("Value provided in ExpressionAttributeNames unused in expressions: keys: {#u, #w}",
                Wire.validationError(context::assertAllUsed));
    }

    @Test
    void reservedWordsNeedAPlaceholderInAnyCase() {
        assertEquals("Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: status",
                Wire.validationError(() -> Expressions.condition("status = :v", Wire.values("{\":v\":{\"S\":\"x\"}}"))));
        assertEquals("Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: Name",
                Wire.validationError(() -> Expressions.projection("id, a.Name", ExpressionContext.empty())));
    }

    @Test
    void theMapsThemselvesAreChecked() {
        assertEquals("ExpressionAttributeNames must not be empty", Wire.validationError(() -> Wire.names("{}")));
        assertEquals("ExpressionAttributeValues must not be empty", Wire.validationError(() -> Wire.values("{}")));
        assertEquals("ExpressionAttributeNames contains invalid key: Syntax error; key: \"a\"",
                Wire.validationError(() -> Wire.names("{\"a\":\"a\"}")));
        assertEquals("ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\"",
                Wire.validationError(() -> Wire.values("{\"v\":{\"S\":\"a\"}}")));
        assertEquals("ExpressionAttributeValues contains invalid key: Syntax error; key: \"w\"",
                Wire.validationError(() -> Wire.values("{\":v\":{\"NS\":[]},\"w\":{\"S\":\"a\"}}")));
        assertEquals("ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: "
                + "An number set  may not be empty for key :v", Wire.validationError(() -> Wire.values("{\":v\":{\"NS\":[]}}")));
    }
}
