package com.apartmentbooking.local.dynamodb.shape;

import static com.apartmentbooking.local.dynamodb.shape.TypeCheckerTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The table operations' TableName: missing or of the wrong length, DynamoDB says so in its own words before any
 * constraint; a name of the right length that breaks the pattern is a constraint like the others.
 */
class TableNameParameterTest {

    private static final String REQUIRED = "The parameter 'TableName' is required but was not present in the request";
    private static final String LENGTH = "TableName must be at least 3 characters long and at most 255 characters long";

    @ParameterizedTest
    @ValueSource(strings = {"CreateTable", "DescribeTable", "DeleteTable", "UpdateTable", "DescribeTimeToLive",
        "UpdateTimeToLive"})
    void aMissingOrBadlySizedNameIsRefusedBeforeTheConstraints(String operation) {
        assertEquals(REQUIRED, refusal(operation, "{}"));
        assertEquals(REQUIRED, refusal(operation, "{'TableName':null}"));
        assertEquals(LENGTH, refusal(operation, "{'TableName':''}"));
        assertEquals(LENGTH, refusal(operation, "{'TableName':'a;'}"));
        assertEquals(LENGTH, refusal(operation, "{'TableName':'" + "a".repeat(256) + "'}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DescribeTable|{'TableName':'abc;'}|1 validation error detected: Value 'abc;' at 'tableName' failed to "
                + "satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
        "UpdateTimeToLive|{'TableName':'abc;'}|1 validation error detected: Value 'abc;' at 'tableName' failed to "
                + "satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
        "GetItem|{'TableName':'a','Key':{}}|1 validation error detected: Value 'a' at 'tableName' failed to "
                + "satisfy constraint: Member must have length greater than or equal to 3"})
    void otherwiseTheNameIsAConstraintLikeTheOthers(String operation, String request, String message) {
        assertEquals(message, refusal(operation, request));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DescribeTable", "DeleteTable"})
    void anArnIsNotHeldToANamesLength(String operation) {
        ConstraintChecker.check(json("{'TableName':'arn:aws:dynamodb:us-east-1:000000000000:table/" + "a".repeat(300)
                + "'}"), DynamoDbShapes.request(operation));
    }

    private static String refusal(String operation, String request) {
        DynamoDbException e = assertThrows(DynamoDbException.class,
                () -> ConstraintChecker.check(json(request), DynamoDbShapes.request(operation)));
        assertEquals("com.amazon.coral.validate#ValidationException", e.type());
        return e.getMessage();
    }
}
