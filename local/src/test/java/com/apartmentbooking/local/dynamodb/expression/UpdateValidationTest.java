package com.apartmentbooking.local.dynamodb.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clause rules of update expressions, checked when parsing, with AWS's texts; and the paths the caller checks. */
class UpdateValidationTest {

    private static final ExpressionContext VALUES = Wire.values("{\":n\":{\"N\":\"1\"},\":s\":{\"S\":\"a\"},"
            + "\":l\":{\"L\":[]},\":m\":{\"M\":{}},\":b\":{\"BOOL\":true}}");

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "SET a = :n SET b = :n|The \"SET\" section can only be used once in an update expression;",
            "REMOVE a REMOVE b|The \"REMOVE\" section can only be used once in an update expression;",
            "SET a = :n, a = :s|Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]",
            "SET a.b = :n REMOVE a|Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a]",
            "SET a[1] = :n REMOVE a.b|Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, [1]], path two: [a, b]",
            "ADD a :s|Incorrect operand type for operator or function; operator: ADD, operand type: STRING",
            "ADD a :l|Incorrect operand type for operator or function; operator: ADD, operand type: LIST",
            "DELETE a :n|Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER",
            "DELETE a :b|Incorrect operand type for operator or function; operator: DELETE, operand type: BOOLEAN",
            "SET a = :n + :s|Incorrect operand type for operator or function; operator or function: +, operand type: S",
            "SET a = list_append(:l, :m)|Incorrect operand type for operator or function; operator or function: list_append, operand type: M",
            "SET a = if_not_exists(:n, :n)|Operator or function requires a document path; operator or function: if_not_exists",
            "SET a = if_not_exists(a)|Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 1",
            "SET a = size(b)|Invalid function name; function: size",
            "SET #x = :n|An expression attribute name used in the document path is not defined; attribute name: #x",
            "SET name = :n|Attribute name is a reserved keyword; reserved keyword: name"
    }, delimiter = '|')
    void refuses(String expression, String message) {
        assertEquals("Invalid UpdateExpression: " + message, Wire.validationError(() -> Expressions.update(expression, VALUES)));
    }

    @Test
    void exposesEveryPathSoTheCallerCanProtectKeys() {
        Update update = Expressions.update("SET a.b = :n, c = :n REMOVE d ADD e :n DELETE f :s",
                Wire.values("{\":n\":{\"N\":\"1\"},\":s\":{\"SS\":[\"x\"]}}"));
        assertEquals(List.of("a", "c", "d", "e", "f"), update.paths().stream().map(DocumentPath::attributeName).toList());
        assertEquals("[a, b]", update.paths().get(0).toString());
    }
}
