package com.apartmentbooking.local.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Item and batch operations check what needs no table before they look the table up, as DynamoDB does: a bad
 * request to a missing table answers the validation error, a good one ResourceNotFound.
 */
class ItemRequestOrderTest {

    private static final String BIG = "x".repeat(400 * 1024);

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @AfterEach
    void close() {
        ddb.close();
    }

    private String validation(String operation, String json) {
        return ddb.error("ValidationException", operation, json).getMessage();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(value = {
            "PutItem|{'TableName':'missing','Item':{'id':{'S':'a'},'big':{'S':'" + "BIG" + "'}}}"
                    + "|Item size has exceeded the maximum allowed size",
            "PutItem|{'TableName':'missing','Item':{'id':{'S':'a'},'big':{'S':'BIG'}},'Expected':{'id':{}}}"
                    + "|Item size has exceeded the maximum allowed size",
            "PutItem|{'TableName':'missing','Item':{'id':{'S':'a'},'big':{'S':'BIG'}},'ReturnValues':'ALL_NEW'}"
                    + "|ReturnValues can only be ALL_OLD or NONE",
            "PutItem|{'TableName':'missing','Item':{'id':{'S':'a'}},'ReturnValues':'ALL_NEW'}"
                    + "|ReturnValues can only be ALL_OLD or NONE",
            "UpdateItem|{'TableName':'missing','Key':{'id':{'S':'a'}},'AttributeUpdates':{'n':{'Action':'ADD',"
                    + "'Value':{'S':'a'}}}}|One or more parameter values were invalid: ADD action is not supported for "
                    + "the type S",
            "UpdateItem|{'TableName':'missing','Key':{'id':{'S':'a'}},'AttributeUpdates':{'n':{'Action':'DELETE',"
                    + "'Value':{'N':'1'}}}}|One or more parameter values were invalid: DELETE action with value is not "
                    + "supported for the type N",
            "UpdateItem|{'TableName':'missing','Key':{'id':{'S':'a'}},'ExpressionAttributeNames':{'#a':'a'}}"
                    + "|ExpressionAttributeNames can only be specified when using expressions",
            "UpdateItem|{'TableName':'missing','Key':{'id':{'S':'a'}},'UpdateExpression':'SET a = :a',"
                    + "'AttributeUpdates':{'n':{'Action':'DELETE'}},'ExpressionAttributeValues':{':a':{'S':'a'}}}"
                    + "|Can not use both expression and non-expression parameters in the same request: "
                    + "Non-expression parameters: {AttributeUpdates} Expression parameters: {UpdateExpression}",
            "DeleteItem|{'TableName':'missing','Key':{'id':{'S':'a'}},'ExpressionAttributeValues':{':a':{'S':'a'}}}"
                    + "|ExpressionAttributeValues can only be specified when using expressions: ConditionExpression "
                    + "is null",
            "GetItem|{'TableName':'missing','Key':{'id':{'S':'a'}},'ProjectionExpression':'id',"
                    + "'ExpressionAttributeValues':{':a':{'S':'a'}}}"
                    + "|Value provided in ExpressionAttributeValues unused in expressions: keys: {:a}",
            "BatchGetItem|{'RequestItems':{'missing':{'Keys':[{'id':{'S':'a'}},{'id':{'S':'a'}}]}}}"
                    + "|Provided list of item keys contains duplicates",
            "BatchGetItem|{'RequestItems':{}}|1 validation error detected: Value '{}' at 'requestItems' failed to "
                    + "satisfy constraint: Member must have length greater than or equal to 1",
            "BatchWriteItem|{'RequestItems':{'missing':[{'PutRequest':{'Item':{'id':{'S':'a'},'big':{'S':'BIG'}}}}]}}"
                    + "|Item size has exceeded the maximum allowed size",
            "BatchWriteItem|{'RequestItems':{}}|1 validation error detected: Value '{}' at 'requestItems' failed to "
                    + "satisfy constraint: Member must have length greater than or equal to 1",
            "TransactWriteItems|{'TransactItems':[{}]}"
                    + "|The action or operation requested is invalid. Verify that the action is typed correctly.",
            "TransactWriteItems|{'TransactItems':[{'Put':{'TableName':'missing','Item':{'id':{'S':'a'}}},"
                    + "'Delete':{'TableName':'missing','Key':{'id':{'S':'a'}}}}]}"
                    + "|TransactItems can only contain one of Check, Put, Update or Delete",
            "TransactWriteItems|{'TransactItems':[{'Put':{'TableName':'missing','Item':{'id':{'S':'a'},"
                    + "'big':{'S':'BIG'}}}}]}|Item size has exceeded the maximum allowed size"
    }, delimiter = '|')
    void aBadRequestToAMissingTableAnswersTheValidationError(String operation, String request, String message) {
        assertEquals(message, validation(operation, request.replace("BIG", BIG)));
    }

    @Test
    void tooManyKeysAreCountedBeforeTheTablesAreLookedUp() {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            keys.append(i == 0 ? "" : ",").append("{'id':{'S':'k").append(i).append("'}}");
        }
        // 100 keys is each table's own limit; the 101st, of another table, breaks the request's.
        assertEquals("Too many items requested for the BatchGetItem call",
                validation("BatchGetItem", "{'RequestItems':{'missing':{'Keys':[" + keys + "]},"
                        + "'missing2':{'Keys':[{'id':{'S':'k100'}}]}}}"));
    }

    @Test
    void aGoodRequestToAMissingTableIsNotFound() {
        assertEquals("Requested resource not found", ddb.error("ResourceNotFoundException", "PutItem",
                "{'TableName':'missing','Item':{'id':{'S':'a'}}}").getMessage());
        assertEquals("Requested resource not found", ddb.error("ResourceNotFoundException", "BatchGetItem",
                "{'RequestItems':{'missing':{'Keys':[{'id':{'S':'a'}}]}}}").getMessage());
    }
}
