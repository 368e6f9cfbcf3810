package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NOT binds tighter than AND, AND tighter than OR, and parentheses override both (keywords in any case). */
class ConditionPrecedenceTest {

    // P stands for a true comparison, Q for a false one, on this item.
    private static final Map<String, com.apartmentbooking.local.dynamodb.value.AttributeValue> ITEM =
            Wire.item("{\"a\":{\"N\":\"1\"}}");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(value = {
            "P OR P AND Q|true", "(P OR P) AND Q|false", "Q AND Q OR P|true", "Q AND (Q OR P)|false",
            "NOT Q AND Q|false", "NOT (Q AND Q)|true", "NOT NOT P|true", "P or Q and Q|true", "not P or P|true",
            "(P) AND ((Q) OR (P))|true", "Q OR Q OR Q OR P|true", "P AND P AND P AND Q|false"
    }, delimiter = '|')
    void evaluates(String shape, boolean expected) {
        String expression = shape.replace("P", "a = :one").replace("Q", "a = :two");
        Condition condition = Expressions.condition(expression, Wire.values("{\":one\":{\"N\":\"1\"},\":two\":{\"N\":\"2\"}}"));
        assertEquals(expected, condition.test(ITEM));
    }

    @ParameterizedTest
    @CsvSource(value = {"a = :one OR a = :one AND a = :one", "a = :one or a = :one and a = :one"}, delimiter = '|')
    void orIsTheRootOfAMixedChain(String expression) {
        Condition condition = Expressions.condition(expression, Wire.values("{\":one\":{\"N\":\"1\"}}"));
        Condition.Or or = assertInstanceOf(Condition.Or.class, condition);
        assertInstanceOf(Condition.And.class, or.right());
    }
}
