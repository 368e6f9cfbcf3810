package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Key conditions: = on the partition key, and one of =, <, <=, >, >=, BETWEEN, begins_with on the sort key. The
 * expression is reduced without the table; the key schema is checked key by key afterwards.
 */
class KeyConditionTest {

    private static final KeySchema KEYS = new KeySchema("pk", "sk");
    private static final ExpressionContext VALUES = Wire.values(
            "{\":p\":{\"S\":\"P\"},\":a\":{\"S\":\"b\"},\":z\":{\"S\":\"d\"}}");

    /** Reduces the expression and checks it against a key schema whose attributes are strings. */
    private static KeyCondition keyCondition(String expression, ExpressionContext context, KeySchema keys) {
        KeyConditions conditions = KeyConditions.fromExpression(Expressions.keyConditionExpression(expression, context));
        conditions.checkKey(keys.hashKey(), true, keys.rangeKey() == null, "S");
        if (keys.rangeKey() != null) {
            conditions.checkKey(keys.rangeKey(), false, false, "S");
        }
        return conditions.on(keys);
    }

    @ParameterizedTest(name = "{0} on sk={1} -> {2}")
    @CsvSource(value = {
            "pk = :p|c|true", "pk = :p AND sk = :a|b|true", "pk = :p AND sk < :a|a|true", "pk = :p AND sk <= :a|c|false",
            "pk = :p AND sk > :a|c|true", "pk = :p AND sk >= :z|c|false", "pk = :p AND sk BETWEEN :a AND :z|c|true",
            "pk = :p AND begins_with(sk, :a)|bc|true", "sk > :a AND pk = :p|c|true", "(pk = :p) AND (sk = :a)|b|true",
            "#k = :p|c|true", "pk = :p AND :a > sk|a|true", "pk = :p AND :a <= sk|a|false"
    }, delimiter = '|')
    void matches(String expression, String sort, boolean expected) {
        ExpressionContext context = expression.contains("#k")
                ? Wire.context("{\"#k\":\"pk\"}", "{\":p\":{\"S\":\"P\"}}") : VALUES;
        KeyCondition condition = keyCondition(expression, context, KEYS);
        assertEquals(AttributeValue.s("P"), condition.partitionValue());
        assertEquals(expected, condition.matches(Wire.item("{\"pk\":{\"S\":\"P\"},\"sk\":{\"S\":\"" + sort + "\"}}")));
    }

    @Test
    void aPartitionOnlyConditionHasNoSortCondition() {
        assertNull(keyCondition("pk = :p", Wire.values("{\":p\":{\"S\":\"P\"}}"), KEYS).sortCondition());
    }

    /** What AWS refuses before it looks at the table. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "pk = :p OR sk = :a|Invalid operator used in KeyConditionExpression: OR",
            "pk = :p AND NOT sk = :a|Invalid operator used in KeyConditionExpression: NOT",
            "pk = :p AND sk IN (:a)|Invalid operator used in KeyConditionExpression: IN",
            "pk = :p AND sk <> :a|Invalid operator used in KeyConditionExpression: <>",
            "pk = :p AND attribute_exists(sk)|Invalid operator used in KeyConditionExpression: attribute_exists",
            "contains(pk, :p)|Invalid operator used in KeyConditionExpression: contains",
            ":a between size(b) and size(a) and b > :p|Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand",
            "begins_with(:a, b) and a > :p|Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand",
            "size(b) > a AND a.b > b|KeyConditionExpressions cannot contain nested operations",
            "a between size(b) and size(a)|KeyConditionExpressions cannot contain nested operations",
            "b > a.b|Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition",
            "a between b and size(a)|Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition",
            "a.d > :p|KeyConditionExpressions cannot have conditions on nested attributes",
            "b[0] > :p|KeyConditionExpressions cannot have conditions on nested attributes",
            ":p > :a AND pk < :p|Invalid condition in KeyConditionExpression: No key attribute specified",
            "pk = :p AND pk = :p|KeyConditionExpressions must only contain one condition per key",
            "pk = :p AND sk = :a AND sk = :z|KeyConditionExpressions must only contain one condition per key",
            ":p = a and b = :p and :p = c|Conditions can be of length 1 or 2 only"
    }, delimiter = '|')
    void refusesWithoutTheTable(String expression, String message) {
        ExpressionContext context = Wire.values("{\":p\":{\"S\":\"P\"},\":a\":{\"S\":\"b\"},\":z\":{\"S\":\"d\"}}");
        assertEquals(message, Wire.validationError(
                () -> KeyConditions.fromExpression(Expressions.keyConditionExpression(expression, context))));
    }

    /** What AWS refuses once it knows the key schema. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "pk = :p AND extra = :a|Query condition missed key schema element: sk",
            "pk < :p|Query key condition not supported",
            "begins_with(pk, :p)|Query key condition not supported",
            "sk = :a|Query condition missed key schema element: pk",
            "pk = :n|One or more parameter values were invalid: Condition parameter type does not match schema type"
    }, delimiter = '|')
    void refusesAgainstTheKeySchema(String expression, String message) {
        ExpressionContext context = Wire.values("{\":p\":{\"S\":\"P\"},\":a\":{\"S\":\"b\"},\":n\":{\"N\":\"1\"}}");
        assertEquals(message, Wire.validationError(() -> keyCondition(expression, context, KEYS)));
    }

    @Test
    void aHashOnlySchemaTakesOneCondition() {
        assertEquals("Query key condition not supported", Wire.validationError(
                () -> keyCondition("pk = :p AND sk = :a", VALUES, new KeySchema("pk", null))));
    }
}
