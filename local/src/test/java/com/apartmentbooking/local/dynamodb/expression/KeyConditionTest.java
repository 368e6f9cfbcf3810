package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Key conditions: = on the partition key, and one of =, <, <=, >, >=, BETWEEN, begins_with on the sort key. */
class KeyConditionTest {

    private static final KeySchema KEYS = new KeySchema("pk", "sk");
    private static final ExpressionContext VALUES = Wire.values(
            "{\":p\":{\"S\":\"P\"},\":a\":{\"S\":\"b\"},\":z\":{\"S\":\"d\"}}");

    @ParameterizedTest(name = "{0} on sk={1} -> {2}")
    @CsvSource(value = {
            "pk = :p|c|true", "pk = :p AND sk = :a|b|true", "pk = :p AND sk < :a|a|true", "pk = :p AND sk <= :a|c|false",
            "pk = :p AND sk > :a|c|true", "pk = :p AND sk >= :z|c|false", "pk = :p AND sk BETWEEN :a AND :z|c|true",
            "pk = :p AND begins_with(sk, :a)|bc|true", "sk > :a AND pk = :p|c|true", "(pk = :p) AND (sk = :a)|b|true",
            "#k = :p|c|true"
    }, delimiter = '|')
    void matches(String expression, String sort, boolean expected) {
        ExpressionContext context = expression.contains("#k")
                ? Wire.context("{\"#k\":\"pk\"}", "{\":p\":{\"S\":\"P\"}}") : VALUES;
        KeyCondition condition = Expressions.keyCondition(expression, context, KEYS);
        assertEquals(AttributeValue.s("P"), condition.partitionValue());
        assertEquals(expected, condition.matches(Wire.item("{\"pk\":{\"S\":\"P\"},\"sk\":{\"S\":\"" + sort + "\"}}")));
    }

    @Test
    void aPartitionOnlyConditionHasNoSortCondition() {
        assertNull(Expressions.keyCondition("pk = :p", Wire.values("{\":p\":{\"S\":\"P\"}}"), KEYS).sortCondition());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "pk = :p OR sk = :a|Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: OR",
            "pk = :p AND NOT sk = :a|Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: NOT",
            "pk = :p AND sk IN (:a)|Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: IN",
            "pk = :p AND sk <> :a|Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: <>",
            "pk = :p AND attribute_exists(sk)|Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: attribute_exists",
            "pk = :p AND extra = :a|Query key condition not supported",
            "pk < :p|Query key condition not supported",
            "begins_with(pk, :p)|Query key condition not supported",
            "sk = :a|Query condition missed key schema element: pk",
            "pk = :p AND pk = :p|KeyConditionExpressions must only contain one condition per key",
            "pk = :p AND sk = :a AND sk = :z|KeyConditionExpressions must only contain one condition per key"
    }, delimiter = '|')
    void refuses(String expression, String message) {
        assertEquals(message, Wire.validationError(() -> Expressions.keyCondition(expression, VALUES, KEYS)));
    }
}
