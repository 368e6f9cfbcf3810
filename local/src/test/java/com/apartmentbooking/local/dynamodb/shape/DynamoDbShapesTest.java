package com.apartmentbooking.local.dynamodb.shape;

import static com.apartmentbooking.local.dynamodb.shape.TypeCheckerTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The operation table: a shape for every operation the runtime serves, with the members AWS's model requires. */
class DynamoDbShapesTest {

    @ParameterizedTest
    @ValueSource(strings = {"CreateTable", "DescribeTable", "ListTables", "DeleteTable", "UpdateTable", "PutItem",
        "GetItem", "UpdateItem", "DeleteItem", "Query", "Scan", "BatchGetItem", "BatchWriteItem", "TransactWriteItems",
        "TransactGetItems", "UpdateTimeToLive", "DescribeTimeToLive", "TagResource", "UntagResource",
        "ListTagsOfResource"})
    void everyServedOperationHasARequestShape(String operation) {
        assertNotNull(DynamoDbShapes.request(operation));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ListBackups", "putItem", ""})
    void otherOperationsHaveNone(String operation) {
        assertNull(DynamoDbShapes.request(operation));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "TransactGetItems|{}|Value null at 'transactItems' failed to satisfy constraint: Member must not be null",
        "TransactGetItems|{'TransactItems':[{}]}|Value null at 'transactItems.1.member.get' failed to satisfy "
                + "constraint: Member must not be null",
        "TransactGetItems|{'TransactItems':[]}|Value '[]' at 'transactItems' failed to satisfy constraint: Member "
                + "must have length greater than or equal to 1",
        "TransactWriteItems|{'TransactItems':[{'Update':{}}]}|Value null at "
                + "'transactItems.1.member.update.key' failed to satisfy constraint: Member must not be null",
        "UpdateTable|{'TableName':'abc','GlobalSecondaryIndexUpdates':[{'Update':{'IndexName':'idx'}}]}|Value null "
                + "at 'globalSecondaryIndexUpdates.1.member.update.provisionedThroughput' failed to satisfy "
                + "constraint: Member must not be null",
        "UpdateTimeToLive|{'TableName':'abc','TimeToLiveSpecification':{'AttributeName':'ttl'}}|Value null at "
                + "'timeToLiveSpecification.enabled' failed to satisfy constraint: Member must not be null",
        "PutItem|{'TableName':'abc','Item':{},'ReturnValuesOnConditionCheckFailure':'SOME'}|Value 'SOME' at "
                + "'returnValuesOnConditionCheckFailure' failed to satisfy constraint: Member must satisfy enum value "
                + "set: [ALL_OLD, NONE]",
        "CreateTable|{'TableName':'abc','AttributeDefinitions':[],'KeySchema':[{'AttributeName':'a','KeyType':"
                + "'HASH'}],'BillingMode':'FREE'}|Value 'FREE' at 'billingMode' failed to satisfy constraint: Member "
                + "must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]"})
    void requiredMembersAndEnumsOfTheModel(String operation, String request, String error) {
        DynamoDbException e = assertThrows(DynamoDbException.class,
                () -> ConstraintChecker.check(json(request), DynamoDbShapes.request(operation)));
        assertEquals("1 validation error detected: " + error, e.getMessage());
    }
}
