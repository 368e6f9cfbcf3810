package com.apartmentbooking.local.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an update may not do is refused with DynamoDB's texts, before the item's condition is evaluated; reads may
 * not reach into key attributes.
 */
class UpdateItemChecksTest {

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @BeforeEach
    void table() {
        ddb.call("CreateTable", "{'TableName':'things','KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],"
                + "'AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'},{'AttributeName':'c',"
                + "'AttributeType':'S'}],'BillingMode':'PAY_PER_REQUEST','GlobalSecondaryIndexes':[{'IndexName':"
                + "'byC','KeySchema':[{'AttributeName':'c','KeyType':'HASH'}],'Projection':{'ProjectionType':'ALL'}}]}");
    }

    @AfterEach
    void close() {
        ddb.close();
    }

    @Test
    void aKeyAttributeCannotBeUpdatedEvenWhenTheConditionFails() {
        assertEquals("One or more parameter values were invalid: Cannot update attribute id. This attribute is part "
                + "of the key", ddb.error("ValidationException", "UpdateItem", "{'TableName':'things','Key':{'id':"
                + "{'S':'a'}},'UpdateExpression':'SET id = :v','ConditionExpression':'attribute_exists(id)',"
                + "'ExpressionAttributeValues':{':v':{'S':'b'}}}").getMessage());
    }

    @Test
    void anIndexKeyIsAScalar() {
        assertEquals("Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: "
                + "IndexKey: c", ddb.error("ValidationException", "UpdateItem", "{'TableName':'things','Key':{'id':"
                + "{'S':'a'}},'UpdateExpression':'SET c.d = :v','ExpressionAttributeValues':{':v':{'S':'b'}}}")
                .getMessage());
    }

    @Test
    void anIndexKeyKeepsItsTypeWhateverTheCondition() {
        assertEquals("One or more parameter values were invalid: Type mismatch for Index Key c Expected: S Actual: N "
                + "IndexName: byC", ddb.error("ValidationException", "UpdateItem", "{'TableName':'things','Key':"
                + "{'id':{'S':'a'}},'UpdateExpression':'SET c = :v','ConditionExpression':'attribute_exists(id)',"
                + "'ExpressionAttributeValues':{':v':{'N':'1'}}}").getMessage());
    }

    @Test
    void aComputedValueOfTheWrongTypeCannotBecomeAnIndexKey() {
        ddb.call("PutItem", "{'TableName':'things','Item':{'id':{'S':'a'},'n':{'N':'1'}}}");
        assertEquals("The update expression attempted to update the secondary index key to unsupported type",
                ddb.error("ValidationException", "UpdateItem", "{'TableName':'things','Key':{'id':{'S':'a'}},"
                        + "'UpdateExpression':'SET c = n'}").getMessage());
        ddb.call("UpdateItem", "{'TableName':'things','Key':{'id':{'S':'a'}},'UpdateExpression':'SET c = :s',"
                + "'ExpressionAttributeValues':{':s':{'S':'x'}}}");
    }

    @Test
    void anUpdatedItemOverTheSizeLimitIsRefused() {
        ddb.call("PutItem", "{'TableName':'things','Item':{'id':{'S':'a'},'big':{'S':'" + "x".repeat(300 * 1024)
                + "'}}}");
        assertEquals("Item size to update has exceeded the maximum allowed size", ddb.error("ValidationException",
                "UpdateItem", "{'TableName':'things','Key':{'id':{'S':'a'}},'UpdateExpression':'SET more = :v',"
                + "'ExpressionAttributeValues':{':v':{'S':'" + "y".repeat(120 * 1024) + "'}}}").getMessage());
    }

    @Test
    void aProjectionMayNotReachIntoAKey() {
        assertEquals("Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: "
                + "Key: id", ddb.error("ValidationException", "GetItem", "{'TableName':'things','Key':{'id':"
                + "{'S':'a'}},'ProjectionExpression':'id[0]'}").getMessage());
    }

    /** Two local and two global indexes over c and d, as a table with several access paths has them. */
    private void indexedPairs() {
        ddb.call("CreateTable", "{'TableName':'pairs','KeySchema':[{'AttributeName':'a','KeyType':'HASH'},"
                + "{'AttributeName':'b','KeyType':'RANGE'}],'AttributeDefinitions':[{'AttributeName':'a',"
                + "'AttributeType':'S'},{'AttributeName':'b','AttributeType':'S'},{'AttributeName':'c','AttributeType':"
                + "'S'},{'AttributeName':'d','AttributeType':'S'}],'BillingMode':'PAY_PER_REQUEST',"
                + "'LocalSecondaryIndexes':[{'IndexName':'byC','KeySchema':[{'AttributeName':'a','KeyType':'HASH'},"
                + "{'AttributeName':'c','KeyType':'RANGE'}],'Projection':{'ProjectionType':'ALL'}},{'IndexName':'byD',"
                + "'KeySchema':[{'AttributeName':'a','KeyType':'HASH'},{'AttributeName':'d','KeyType':'RANGE'}],"
                + "'Projection':{'ProjectionType':'ALL'}}],'GlobalSecondaryIndexes':[{'IndexName':'cOnly','KeySchema':"
                + "[{'AttributeName':'c','KeyType':'HASH'}],'Projection':{'ProjectionType':'ALL'}},{'IndexName':"
                + "'cThenD','KeySchema':[{'AttributeName':'c','KeyType':'HASH'},{'AttributeName':'d','KeyType':"
                + "'RANGE'}],'Projection':{'ProjectionType':'ALL'}}]}");
    }

    private String pairsUpdateError(String update) {
        return ddb.error("ValidationException", "UpdateItem", "{'TableName':'pairs','Key':{'a':{'S':'x'},'b':"
                + "{'S':'y'}}," + update + "}").getMessage();
    }

    @Test
    void theWholeUpdateIsTypeCheckedAgainstTheIndexesLastGlobalFirst() {
        indexedPairs();
        String mismatchOfC = "One or more parameter values were invalid: Type mismatch for Index Key c Expected: S "
                + "Actual: N IndexName: cThenD";
        assertEquals(mismatchOfC, pairsUpdateError("'AttributeUpdates':{'d':{'Value':{'N':'1'}},'c':{'Value':"
                + "{'N':'2'}}}"));
        assertEquals(mismatchOfC, pairsUpdateError("'UpdateExpression':'SET d.x = a ADD c :one',"
                + "'ExpressionAttributeValues':{':one':{'N':'1'}}"));
    }

    @Test
    void arithmeticAndListAppendHaveTheirTypeBeforeTheItemIsRead() {
        indexedPairs();
        assertEquals("One or more parameter values were invalid: Type mismatch for Index Key c Expected: S Actual: N "
                + "IndexName: cThenD", pairsUpdateError("'UpdateExpression':'SET e = c[1], c = a + :one',"
                + "'ExpressionAttributeValues':{':one':{'N':'1'}}"));
        assertEquals("One or more parameter values were invalid: Type mismatch for Index Key d Expected: S Actual: L "
                + "IndexName: cThenD", pairsUpdateError("'UpdateExpression':'SET d = list_append(:l, :l)',"
                + "'ExpressionAttributeValues':{':l':{'L':[]}}"));
    }

    @Test
    void aPathReadIntoAnIndexKeyIsRefusedLikeOneWritten() {
        indexedPairs();
        String refusal = "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: "
                + "IndexKey: d";
        assertEquals(refusal, pairsUpdateError("'UpdateExpression':'SET e = list_append(a, b), f = d[1]'"));
        assertEquals(refusal, pairsUpdateError("'UpdateExpression':'ADD d.b :one',"
                + "'ExpressionAttributeValues':{':one':{'N':'1'}}"));
    }

    @Test
    void removingOrDeletingBelowAMissingOrMistypedParentIsAnInvalidPath() {
        ddb.call("PutItem", "{'TableName':'things','Item':{'id':{'S':'a'},'s':{'S':'text'},'m':{'M':{'k':{'S':'v'}}},"
                + "'l':{'L':[{'S':'x'}]}}}");
        for (String update : new String[] {"REMOVE nope.k", "REMOVE s.k", "REMOVE m[0]", "REMOVE l.k",
                "REMOVE m.nada.k", "REMOVE l[5].k", "DELETE nope.k :set", "DELETE m[0] :set, n :set"}) {
            String values = update.contains(":set") ? ",'ExpressionAttributeValues':{':set':{'SS':['x']}}" : "";
            assertEquals("The document path provided in the update expression is invalid for update",
                    ddb.error("ValidationException", "UpdateItem", "{'TableName':'things','Key':{'id':{'S':'a'}},"
                            + "'UpdateExpression':'" + update + "'" + values + "}").getMessage(), update);
        }
        ddb.call("UpdateItem", "{'TableName':'things','Key':{'id':{'S':'a'}},'UpdateExpression':"
                + "'REMOVE m.nada, l[5], nope'}");
        DynamoDbFixture.assertJson("{'id':{'S':'a'},'s':{'S':'text'},'m':{'M':{'k':{'S':'v'}}},'l':{'L':[{'S':'x'}]}}",
                ddb.call("GetItem", "{'TableName':'things','Key':{'id':{'S':'a'}}}").get("Item"));
    }
}
