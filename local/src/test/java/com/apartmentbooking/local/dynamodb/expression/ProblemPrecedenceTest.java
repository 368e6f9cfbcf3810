package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When an expression has several semantic problems AWS reports one by kind, not by position: in conditions an
 * unknown function before a reserved word, in updates a reserved word before the rest. Within conditions the first
 * comparison or function with an operand problem decides which of those is reported.
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "SET b = list_append(:v, a), c = if_not_exists(a) ADD d.e :v"
                    + "|Incorrect operand type for operator or function; operator: ADD, operand type: STRING",
            "SET c = if_not_exists(a), b = list_append(:v, a)"
                    + "|Incorrect number of operands for operator or function; operator or function: if_not_exists, "
                    + "number of operands: 1",
            "SET b = list_append(:v, a), c = if_not_exists(a)"
                    + "|Incorrect operand type for operator or function; operator or function: list_append, "
                    + "operand type: S"
    }, delimiter = '|')
    void updatesReportAddAndDeleteOperandsBeforeTheFirstFunctionProblem(String expression, String message) {
        assertEquals("Invalid UpdateExpression: " + message, Wire.validationError(() -> Expressions.update(expression,
                Wire.values("{\":v\":{\"S\":\"x\"}}"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "x = x AND y > ((z))|The expression has redundant parentheses;",
            "nope(:v) = x AND ((x = :v))|The expression has redundant parentheses;",
            "(x) BETWEEN (((y.z)).w) AND (:v)|The expression has redundant parentheses;",
            "x = :v OR ((x = :v OR y = :v)) OR z = :v|The expression has redundant parentheses;",
            "x = :v AND begins_with(:undefined, #undefined, y)"
                    + "|An expression attribute value used in expression is not defined; attribute value: :undefined",
            "x = x AND #x = y AND :undefined > x"
                    + "|The first operand must be distinct from the remaining operands for this operator or function; "
                    + "operator: =, first operand: [x]",
            "attribute_exists(:v) AND x = x"
                    + "|Operator or function requires a document path; operator or function: attribute_exists",
            "attribute_type(x, size(y)) AND x = x"
                    + "|Incorrect operand type for operator or function; operator or function: attribute_type, "
                    + "operand type: N",
            "begins_with(x, size(y))"
                    + "|Incorrect operand type for operator or function; operator or function: begins_with, "
                    + "operand type: N",
            "attribute_type(x, y)"
                    + "|Incorrect operand type for operator or function; operator or function: attribute_type, "
                    + "operand type: {NS,SS,L,BS,N,M,B,BOOL,NULL,S}"
    }, delimiter = '|')
    void conditionsReportTheFirstConditionsOperandProblem(String expression, String message) {
        assertEquals("Invalid FilterExpression: " + message, Wire.validationError(() -> Expressions.filter(expression,
                Wire.context("{\"#x\":\"x\"}", "{\":v\":{\"S\":\"x\"}}"))));
    }

    @Test
    void aParenthesisedPathGoesOnAfterItsParentheses() {
        Condition condition = Expressions.filter("(a).b = :v", Wire.values("{\":v\":{\"S\":\"x\"}}"));
        assertTrue(condition.test(Wire.item("{\"a\":{\"M\":{\"b\":{\"S\":\"x\"}}}}")));
    }
}
