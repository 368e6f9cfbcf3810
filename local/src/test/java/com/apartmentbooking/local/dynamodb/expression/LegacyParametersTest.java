package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected, AttributeUpdates, KeyConditions, filters and AttributesToGet evaluate like the equivalent expressions. */
class LegacyParametersTest {

    private static final String ITEM = "{\"id\":{\"S\":\"1\"},\"n\":{\"N\":\"5\"},\"ss\":{\"SS\":[\"a\",\"b\"]},\"s\":{\"S\":\"hello\"}}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "{\"n\":{\"Value\":{\"N\":\"5\"}}}|true",
            "{\"n\":{\"Value\":{\"N\":\"5\"},\"Exists\":true}}|true",
            "{\"nope\":{\"Exists\":false}}|true",
            "{\"n\":{\"Exists\":false}}|false",
            "{\"n\":{\"ComparisonOperator\":\"GT\",\"AttributeValueList\":[{\"N\":\"4\"}]}}|true",
            "{\"n\":{\"ComparisonOperator\":\"BETWEEN\",\"AttributeValueList\":[{\"N\":\"6\"},{\"N\":\"9\"}]}}|false",
            "{\"n\":{\"ComparisonOperator\":\"IN\",\"AttributeValueList\":[{\"N\":\"1\"},{\"N\":\"5\"}]}}|true",
            "{\"n\":{\"ComparisonOperator\":\"NE\",\"Value\":{\"N\":\"5\"}}}|false",
            "{\"nope\":{\"ComparisonOperator\":\"NULL\"}}|true",
            "{\"n\":{\"ComparisonOperator\":\"NOT_NULL\"}}|true",
            "{\"ss\":{\"ComparisonOperator\":\"CONTAINS\",\"AttributeValueList\":[{\"S\":\"a\"}]}}|true",
            "{\"ss\":{\"ComparisonOperator\":\"NOT_CONTAINS\",\"AttributeValueList\":[{\"S\":\"a\"}]}}|false",
            "{\"s\":{\"ComparisonOperator\":\"BEGINS_WITH\",\"AttributeValueList\":[{\"S\":\"he\"}]}}|true",
            "{\"n\":{\"Value\":{\"N\":\"5\"}},\"s\":{\"Value\":{\"S\":\"no\"}}}|false"
    }, delimiter = '|')
    void expectedEvaluates(String expected, boolean result) {
        assertEquals(result, LegacyParameters.expected(Wire.json(expected), null).test(Wire.item(ITEM)));
    }

    @Test
    void conditionalOperatorOrJoinsWithOr() {
        String expected = "{\"n\":{\"Value\":{\"N\":\"5\"}},\"s\":{\"Value\":{\"S\":\"no\"}}}";
        assertEquals(true, LegacyParameters.expected(Wire.json(expected), "OR").test(Wire.item(ITEM)));
        String filter = "{\"n\":{\"ComparisonOperator\":\"LT\",\"AttributeValueList\":[{\"N\":\"1\"}]},"
                + "\"s\":{\"ComparisonOperator\":\"EQ\",\"AttributeValueList\":[{\"S\":\"hello\"}]}}";
        assertEquals(true, LegacyParameters.filter(Wire.json(filter), "OR").test(Wire.item(ITEM)));
        assertEquals(false, LegacyParameters.filter(Wire.json(filter), "AND").test(Wire.item(ITEM)));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(value = {
            "{\"n\":{\"Exists\":true,\"ComparisonOperator\":\"EQ\"}}|One or more parameter values were invalid: Exists and ComparisonOperator cannot be used together for Attribute: n",
            "{\"n\":{\"ComparisonOperator\":\"EQ\",\"Value\":{\"N\":\"1\"},\"AttributeValueList\":[]}}|One or more parameter values were invalid: Value and AttributeValueList cannot be used together for Attribute: n",
            "{\"n\":{\"ComparisonOperator\":\"EQ\"}}|One or more parameter values were invalid: Value or AttributeValueList must be used with ComparisonOperator: EQ for Attribute: n",
            "{\"n\":{\"ComparisonOperator\":\"EQ\",\"AttributeValueList\":[]}}|One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator",
            "{\"n\":{\"Exists\":true,\"ComparisonOperator\":\"EQ\",\"Value\":{\"N\":\"1\"},\"AttributeValueList\":[]}}|One or more parameter values were invalid: Value and AttributeValueList cannot be used together for Attribute: n",
            "{\"n\":{\"AttributeValueList\":[]}}|One or more parameter values were invalid: AttributeValueList can only be used with a ComparisonOperator for Attribute: n",
            "{\"n\":{}}|One or more parameter values were invalid: Value must be provided when Exists is null for Attribute: n",
            "{\"n\":{\"Exists\":true}}|One or more parameter values were invalid: Value must be provided when Exists is true for Attribute: n",
            "{\"n\":{\"Exists\":false,\"Value\":{\"N\":\"1\"}}}|One or more parameter values were invalid: Value cannot be used when Exists is false for Attribute: n"
    }, delimiter = '|')
    void expectedIsValidated(String expected, String message) {
        assertEquals(message, Wire.validationError(() -> LegacyParameters.expected(Wire.json(expected), null)));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(value = {
            "{\"a\":{\"ComparisonOperator\":\"EQ\",\"AttributeValueList\":[{\"S\":\"a\"},{\"S\":\"a\"}]}}|One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator",
            "{\"a\":{\"ComparisonOperator\":\"NULL\",\"AttributeValueList\":[{\"S\":\"a\"}]}}|One or more parameter values were invalid: Invalid number of argument(s) for the NULL ComparisonOperator",
            "{\"a\":{\"ComparisonOperator\":\"IN\"}}|One or more parameter values were invalid: Invalid number of argument(s) for the IN ComparisonOperator",
            "{\"a\":{\"ComparisonOperator\":\"LE\",\"AttributeValueList\":[{\"SS\":[\"a\"]}]}}|One or more parameter values were invalid: ComparisonOperator LE is not valid for SS AttributeValue type",
            "{\"a\":{\"ComparisonOperator\":\"CONTAINS\",\"AttributeValueList\":[{\"NS\":[\"1\"]}]}}|One or more parameter values were invalid: ComparisonOperator CONTAINS is not valid for NS AttributeValue type",
            "{\"a\":{\"ComparisonOperator\":\"BEGINS_WITH\",\"AttributeValueList\":[{\"N\":\"1\"}]}}|One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for N AttributeValue type",
            "{\"a\":{\"ComparisonOperator\":\"IN\",\"AttributeValueList\":[{\"BS\":[\"YQ==\"]}]}}|One or more parameter values were invalid: ComparisonOperator IN is not valid for BS AttributeValue type"
    }, delimiter = '|')
    void filtersAreValidated(String filter, String message) {
        assertEquals(message, Wire.validationError(() -> LegacyParameters.filter(Wire.json(filter), null)));
    }

    @Test
    void attributeUpdatesPutAddAndDelete() {
        String updates = "{\"n\":{\"Action\":\"ADD\",\"Value\":{\"N\":\"1\"}},\"s\":{\"Value\":{\"S\":\"new\"}},"
                + "\"ss\":{\"Action\":\"DELETE\",\"Value\":{\"SS\":[\"a\"]}},\"id2\":{\"Action\":\"PUT\",\"Value\":{\"S\":\"x\"}},"
                + "\"gone\":{\"Action\":\"DELETE\"}}";
        var updated = LegacyParameters.attributeUpdates(Wire.json(updates))
                .apply(Wire.item(ITEM.substring(0, ITEM.length() - 1) + ",\"gone\":{\"S\":\"g\"}}"));
        assertEquals(Wire.json("{\"id\":{\"S\":\"1\"},\"n\":{\"N\":\"6\"},\"ss\":{\"SS\":[\"b\"]},\"s\":{\"S\":\"new\"},"
                + "\"id2\":{\"S\":\"x\"}}"), Wire.json(Wire.itemJson(updated)));
        assertEquals("One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified",
                Wire.validationError(() -> LegacyParameters.attributeUpdates(Wire.json("{\"n\":{\"Action\":\"PUT\"}}"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "{\"tags\":{\"Action\":\"DELETE\",\"Value\":{\"NS\":[\"1\"]}}}",
            "{\"count\":{\"Action\":\"DELETE\",\"Value\":{\"NS\":[\"1\"]}}}",
            "{\"tags\":{\"Action\":\"ADD\",\"Value\":{\"BS\":[\"YQ==\"]}}}",
            "{\"sizes\":{\"Action\":\"ADD\",\"Value\":{\"N\":\"1\"}}}"
    }, delimiter = '|')
    void attributeUpdatesOnAValueOfAnotherTypeAreATypeMismatch(String updates) {
        var item = Wire.item("{\"tags\":{\"SS\":[\"a\"]},\"count\":{\"N\":\"1\"},\"sizes\":{\"NS\":[\"1\"]}}");
        var update = LegacyParameters.attributeUpdates(Wire.json(updates));
        assertEquals("Type mismatch for attribute to update", Wire.validationError(() -> update.apply(item)));
    }

    @Test
    void keyConditionsMapOntoTheKeyCondition() {
        KeyConditions conditions = LegacyParameters.keyConditions(Wire.json(
                "{\"pk\":{\"ComparisonOperator\":\"EQ\",\"AttributeValueList\":[{\"S\":\"P\"}]},"
                        + "\"sk\":{\"ComparisonOperator\":\"BEGINS_WITH\",\"AttributeValueList\":[{\"S\":\"a\"}]}}"));
        KeyCondition condition = conditions.on(new KeySchema("pk", "sk"));
        assertEquals(true, condition.matches(Wire.item("{\"pk\":{\"S\":\"P\"},\"sk\":{\"S\":\"ab\"}}")));
        KeyConditions greater = LegacyParameters.keyConditions(
                Wire.json("{\"pk\":{\"ComparisonOperator\":\"GT\",\"AttributeValueList\":[{\"S\":\"P\"}]}}"));
        assertEquals("Query key condition not supported",
                Wire.validationError(() -> greater.checkKey("pk", true, false, "S")));
        assertEquals("Conditions can be of length 1 or 2 only", Wire.validationError(() -> LegacyParameters.keyConditions(
                Wire.json("{}"))));
    }

    @Test
    void keyConditionsAreCheckedLikeFilterConditions() {
        assertEquals("One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator",
                Wire.validationError(() -> LegacyParameters.keyConditions(Wire.json("{\"a\":{\"ComparisonOperator\":\"EQ\"}}"))));
        assertEquals("One or more parameter values were invalid: AttributeValues inside AttributeValueList must be of same type",
                Wire.validationError(() -> LegacyParameters.keyConditions(Wire.json(
                        "{\"a\":{\"ComparisonOperator\":\"IN\",\"AttributeValueList\":[{\"S\":\"b\"},{\"N\":\"1\"}]}}"))));
        assertEquals("The BETWEEN condition was provided a range where the lower bound is greater than the upper bound",
                Wire.validationError(() -> LegacyParameters.keyConditions(Wire.json(
                        "{\"a\":{\"ComparisonOperator\":\"BETWEEN\",\"AttributeValueList\":[{\"S\":\"b\"},{\"S\":\"a\"}]}}"))));
    }

    @Test
    void attributesToGetIsAProjectionWithoutDuplicates() {
        var projected = LegacyParameters.attributesToGet(Wire.json("[\"n\",\"id\"]")).apply(Wire.item(ITEM));
        assertEquals(Wire.json("{\"id\":{\"S\":\"1\"},\"n\":{\"N\":\"5\"}}"), Wire.json(Wire.itemJson(projected)));
        assertEquals("One or more parameter values were invalid: Duplicate value in attribute name: a",
                Wire.validationError(() -> LegacyParameters.attributesToGet(Wire.json("[\"a\",\"a\"]"))));
    }

    @Test
    void mixingTheTwoStylesIsRefused() {
        assertEquals("Can not use both expression and non-expression parameters in the same request: "
                + "Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}",
                Wire.validationError(() -> LegacyParameters.checkParameterStyles(
                        Wire.json("{\"AttributesToGet\":[\"a\"],\"ProjectionExpression\":\"a\"}"),
                        List.of("ProjectionExpression"), List.of("AttributesToGet"))));
        LegacyParameters.checkParameterStyles(Wire.json("{\"ProjectionExpression\":\"a\",\"ConditionExpression\":\"b\"}"),
                List.of("ProjectionExpression"), List.of("AttributesToGet"));
    }

    @Test
    void placeholdersNeedAnExpressionThatCanUseThem() {
        assertEquals("ExpressionAttributeNames can only be specified when using expressions",
                Wire.validationError(() -> LegacyParameters.checkParameterStyles(
                        Wire.json("{\"ExpressionAttributeNames\":{\"#a\":\"a\"}}"),
                        List.of("ConditionExpression"), List.of("Expected"))));
        assertEquals("ExpressionAttributeValues can only be specified when using expressions: FilterExpression and "
                + "KeyConditionExpression are null", Wire.validationError(() -> LegacyParameters.checkParameterStyles(
                        Wire.json("{\"ExpressionAttributeValues\":{\":a\":{\"S\":\"a\"}},\"ProjectionExpression\":\"a\"}"),
                        List.of("ProjectionExpression", "FilterExpression", "KeyConditionExpression"), List.of())));
    }
}
