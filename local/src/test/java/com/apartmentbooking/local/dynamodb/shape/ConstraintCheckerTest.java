package com.apartmentbooking.local.dynamodb.shape;

import static com.apartmentbooking.local.dynamodb.shape.TypeCheckerTest.json;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import org.junit.jupiter.api.Test;

/**
 * The constraints of DynamoDB's request shapes: every broken one collected into one ValidationException, in AWS's
 * order and wording, at most ten, with the member paths AWS prints.
 */
class ConstraintCheckerTest {

    @Test
    void oneBrokenConstraintIsOneValidationError() {
        assertEquals("1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member "
                + "must not be null", refusal("GetItem", "{'Key':{}}"));
    }

    @Test
    void allBrokenConstraintsOfAMemberAreListedInTheirOrder() {
        assertEquals("2 validation errors detected: Value 'a;' at 'tableName' failed to satisfy constraint: Member "
                + "must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value 'a;' at 'tableName' failed to "
                + "satisfy constraint: Member must have length greater than or equal to 3",
                refusal("Scan", "{'TableName':'a;'}"));
        assertEquals("1 validation error detected: Value '" + "a".repeat(256) + "' at 'tableName' failed to "
                + "satisfy constraint: Member must have length less than or equal to 255",
                refusal("Scan", "{'TableName':'" + "a".repeat(256) + "'}"));
    }

    @Test
    void membersAreCheckedInTheModelsOrderAndAtMostTenAreListed() {
        // Eleven broken constraints; DynamoDB lists the index name and leaves out the empty AttributesToGet.
        assertEquals("10 validation errors detected: "
                + "Value 'hi' at 'select' failed to satisfy constraint: Member must satisfy enum value set: "
                + "[SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]; "
                + "Value 'abc;' at 'indexName' failed to satisfy constraint: Member must satisfy regular expression "
                + "pattern: [a-zA-Z0-9_.-]+; "
                + "Value '-1' at 'totalSegments' failed to satisfy constraint: Member must have value greater than "
                + "or equal to 1; "
                + "Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum "
                + "value set: [INDEXES, TOTAL, NONE]; "
                + "Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression "
                + "pattern: [a-zA-Z0-9_.-]+; "
                + "Value 'AN' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value "
                + "set: [OR, AND]; "
                + "Value null at 'scanFilter.a.member.comparisonOperator' failed to satisfy constraint: Member must "
                + "not be null; "
                + "Value '' at 'scanFilter.b.member.comparisonOperator' failed to satisfy constraint: Member must "
                + "satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, "
                + "BEGINS_WITH, GE, CONTAINS]; "
                + "Value '-1' at 'segment' failed to satisfy constraint: Member must have value greater than or "
                + "equal to 0; "
                + "Value '-1' at 'limit' failed to satisfy constraint: Member must have value greater than or equal "
                + "to 1",
                refusal("Scan", "{'TableName':'abc;','ReturnConsumedCapacity':'hi','AttributesToGet':[],"
                        + "'IndexName':'abc;','Segment':-1,'TotalSegments':-1,'Select':'hi','Limit':-1,"
                        + "'ScanFilter':{'a':{},'b':{'ComparisonOperator':''}},'ConditionalOperator':'AN',"
                        + "'ExpressionAttributeNames':{},'ExpressionAttributeValues':{},'ProjectionExpression':''}"));
    }

    @Test
    void listElementsAreNamedByPositionFromOne() {
        assertEquals("3 validation errors detected: "
                + "Value null at 'keySchema.1.member.attributeName' failed to satisfy constraint: Member must not "
                + "be null; "
                + "Value 'SORT' at 'keySchema.2.member.keyType' failed to satisfy constraint: Member must satisfy "
                + "enum value set: [HASH, RANGE]; "
                + "Value null at 'globalSecondaryIndexes.1.member.projection' failed to satisfy constraint: Member "
                + "must not be null",
                refusal("CreateTable", "{'TableName':'abc','AttributeDefinitions':[],"
                        + "'KeySchema':[{'KeyType':'HASH'},{'AttributeName':'b','KeyType':'SORT'}],"
                        + "'GlobalSecondaryIndexes':[{'IndexName':'idx','KeySchema':[{'AttributeName':'b',"
                        + "'KeyType':'HASH'}]}]}"));
    }

    @Test
    void aListTooLongIsReportedAndItsElementsStillChecked() {
        // The request AWS answered in the public emulator's suite, whose texts its test lists.
        assertEquals("4 validation errors detected: "
                + "Value '[{KeyType=HASH}, {AttributeName=a}, {KeyType=Woop, AttributeName=a}]' at 'keySchema' "
                + "failed to satisfy constraint: Member must have length less than or equal to 2; "
                + "Value null at 'keySchema.1.member.attributeName' failed to satisfy constraint: Member must not "
                + "be null; "
                + "Value null at 'keySchema.2.member.keyType' failed to satisfy constraint: Member must not be null; "
                + "Value 'Woop' at 'keySchema.3.member.keyType' failed to satisfy constraint: Member must satisfy "
                + "enum value set: [HASH, RANGE]",
                refusal("CreateTable", "{'TableName':'abc','AttributeDefinitions':[],'KeySchema':[{'KeyType':'HASH'},"
                        + "{'AttributeName':'a'},{'KeyType':'Woop','AttributeName':'a'}],'ProvisionedThroughput':"
                        + "{'ReadCapacityUnits':1000000000001,'WriteCapacityUnits':1000000000001}}"));
    }

    @Test
    void aStreamSpecificationMustSayWhetherTheStreamIsEnabled() {
        assertEquals("1 validation error detected: Value null at 'streamSpecification.streamEnabled' failed to "
                + "satisfy constraint: Member must not be null",
                refusal("UpdateTable", "{'TableName':'abc','StreamSpecification':{'StreamViewType':'KEYS_ONLY'}}"));
    }

    @Test
    void mapKeysAndValuesAreReportedOnTheMapAndItsMembersUnderEachKey() {
        assertEquals("3 validation errors detected: "
                + "Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum "
                + "value set: [INDEXES, TOTAL, NONE]; "
                + "Value '{aa;={}}' at 'requestItems' failed to satisfy constraint: Map keys must satisfy "
                + "constraint: [Member must have length less than or equal to 255, Member must have length greater "
                + "than or equal to 3, Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+]; "
                + "Value null at 'requestItems.aa;.member.keys' failed to satisfy constraint: Member must not be "
                + "null",
                refusal("BatchGetItem", "{'RequestItems':{'aa;':{}},'ReturnConsumedCapacity':'hi'}"));
        assertEquals("2 validation errors detected: "
                + "Value '{a=[]}' at 'requestItems' failed to satisfy constraint: Map keys must satisfy constraint: "
                + "[Member must have length less than or equal to 255, Member must have length greater than or "
                + "equal to 3, Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+]; "
                + "Value '{a=[]}' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: "
                + "[Member must have length less than or equal to 25, Member must have length greater than or "
                + "equal to 1]",
                refusal("BatchWriteItem", "{'RequestItems':{'a':[]}}"));
        assertEquals("2 validation errors detected: "
                + "Value null at 'requestItems.abc.member.1.member.deleteRequest.key' failed to satisfy constraint: "
                + "Member must not be null; "
                + "Value null at 'requestItems.abc.member.1.member.putRequest.item' failed to satisfy constraint: "
                + "Member must not be null",
                refusal("BatchWriteItem", "{'RequestItems':{'abc':[{'PutRequest':{},'DeleteRequest':{}}]}}"));
    }

    @Test
    void aMapsValuesAreCheckedInTheOrderOfTheJavaMapTheFrameworkReadsItInto() {
        // Given b, c, a: a HashMap visits a, b, c (neither the request's order nor its reverse).
        String op = " failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, "
                + "NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]";
        assertEquals("3 validation errors detected: "
                + "Value 'A' at 'keyConditions.a.member.comparisonOperator'" + op + "; "
                + "Value 'B' at 'keyConditions.b.member.comparisonOperator'" + op + "; "
                + "Value 'C' at 'keyConditions.c.member.comparisonOperator'" + op,
                refusal("Query", "{'TableName':'abc','KeyConditions':{'b':{'ComparisonOperator':'B'},"
                        + "'c':{'ComparisonOperator':'C'},'a':{'ComparisonOperator':'A'}}}"));
    }

    @Test
    void queryListsItsIndexNameBeforeItsKeyConditions() {
        String op = " failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, "
                + "NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]";
        assertEquals("2 validation errors detected: "
                + "Value 'abc;' at 'indexName' failed to satisfy constraint: Member must satisfy regular expression "
                + "pattern: [a-zA-Z0-9_.-]+; "
                + "Value 'X' at 'keyConditions.a.member.comparisonOperator'" + op,
                refusal("Query", "{'TableName':'abc','KeyConditions':{'a':{'ComparisonOperator':'X'}},"
                        + "'IndexName':'abc;'}"));
    }

    @Test
    void anIndexIsReportedByItsNameFirst() {
        String request = "{'TableName':'abc','AttributeDefinitions':[],'KeySchema':[{'AttributeName':'a',"
                + "'KeyType':'HASH'}],'%s':[{},{},{},{}]}";
        assertEquals("Value null at 'localSecondaryIndexes.4.member.indexName' failed to satisfy constraint: "
                + "Member must not be null", tenth(refusal("CreateTable", request.formatted("LocalSecondaryIndexes"))));
        assertEquals("Value null at 'globalSecondaryIndexes.4.member.indexName' failed to satisfy constraint: "
                + "Member must not be null", tenth(refusal("CreateTable", request.formatted("GlobalSecondaryIndexes"))));
    }

    @Test
    void aTransactionActionsTableIsNotRequiredByTheFrameworkAndMayBeShort() {
        assertEquals("1 validation error detected: Value null at 'transactItems.1.member.put.item' failed to "
                + "satisfy constraint: Member must not be null",
                refusal("TransactWriteItems", "{'TransactItems':[{'Put':{}}]}"));
        assertDoesNotThrow(() -> check("TransactWriteItems", "{'TransactItems':[{'Delete':{'TableName':'a',"
                + "'Key':{}}}]}"));
        assertEquals("1 validation error detected: Value '' at 'transactItems.1.member.delete.tableName' failed to "
                + "satisfy constraint: Member must have length greater than or equal to 1",
                refusal("TransactWriteItems", "{'TransactItems':[{'Delete':{'TableName':'','Key':{}}}]}"));
    }

    @Test
    void tableNamesGivenAsArnsAreNotHeldToTheNamesPattern() {
        assertDoesNotThrow(() -> check("GetItem",
                "{'TableName':'arn:aws:dynamodb:us-east-1:000000000000:table/items','Key':{}}"));
        assertDoesNotThrow(() -> check("BatchGetItem",
                "{'RequestItems':{'arn:aws:dynamodb:us-east-1:000000000000:table/items':{'Keys':[{}]}}}"));
    }

    @Test
    void aValidRequestPasses() {
        assertDoesNotThrow(() -> check("Query", "{'TableName':'abc','Limit':1,'Select':'COUNT',"
                + "'KeyConditionExpression':'id = :id','ExpressionAttributeValues':{':id':{'S':'a'}}}"));
        assertDoesNotThrow(() -> check("TransactWriteItems", "{'TransactItems':[{'Put':{'TableName':'abc',"
                + "'Item':{'id':{'S':'a'}}}}],'ClientRequestToken':'t'}"));
    }

    @Test
    void theErrorIsTheFrameworksValidationException() {
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> check("ListTables", "{'Limit':101}"));
        assertEquals("com.amazon.coral.validate#ValidationException", e.type());
        assertEquals("1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: Member must "
                + "have value less than or equal to 100", e.getMessage());
    }

    private static String tenth(String message) {
        return message.substring(message.indexOf(": ") + 2).split("; ")[9];
    }

    private static String refusal(String operation, String request) {
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> check(operation, request));
        assertEquals("ValidationException", e.code());
        return e.getMessage();
    }

    private static void check(String operation, String request) {
        ConstraintChecker.check(json(request), DynamoDbShapes.request(operation));
    }
}
