package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Misused functions and operands are refused when the expression is parsed, with AWS's texts. */
class FunctionValidationTest {

    private static final ExpressionContext VALUES = Wire.values(
            "{\":n\":{\"N\":\"1\"},\":s\":{\"S\":\"a\"},\":t\":{\"S\":\"XX\"},\":hi\":{\"N\":\"600\"},\":lo\":{\"N\":\"500\"}}");

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "foo(a)|Invalid function name; function: foo",
            "begins_with(a)|Incorrect number of operands for operator or function; operator or function: begins_with, number of operands: 1",
            "attribute_exists(:s)|Operator or function requires a document path; operator or function: attribute_exists",
            "begins_with(a, :n)|Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
            "attribute_type(a, :n)|Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N",
            "attribute_type(a, :t)|Invalid attribute type name found; type: XX, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}",
            "size(:n) = :n|Incorrect operand type for operator or function; operator or function: size, operand type: N",
            "begins_with(a, :s) = :n|The function is not allowed to be used this way in an expression; function: begins_with",
            "size(a)|The function is not allowed to be used this way in an expression; function: size",
            "a = a|The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [a]",
            "a BETWEEN :n AND :s|The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:a}",
            "a BETWEEN :hi AND :lo|The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:600}, upper bound operand: AttributeValue: {N:500}"
    }, delimiter = '|')
    void refuses(String expression, String message) {
        assertEquals("Invalid ConditionExpression: " + message,
                Wire.validationError(() -> Expressions.condition(expression, VALUES)));
    }
}
