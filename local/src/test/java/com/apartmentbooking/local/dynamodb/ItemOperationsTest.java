package com.apartmentbooking.local.dynamodb;

import static com.apartmentbooking.local.dynamodb.DynamoDbFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.apartmentbooking.local.server.AwsServiceException;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PutItem, GetItem, UpdateItem and DeleteItem: conditions, ReturnValues, key validation and size limits. */
class ItemOperationsTest {

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @BeforeEach
    void table() {
        ddb.createTable("items");
    }

    @AfterEach
    void close() {
        ddb.close();
    }

    @Test
    void putThenGetReturnsTheItemAndProjections() {
        ddb.call("PutItem", "{'TableName':'items','Item':{'id':{'S':'a'},'n':{'N':'1'},'m':{'M':{'x':{'S':'y'}}}}}");
        assertJson("{'id':{'S':'a'},'n':{'N':'1'},'m':{'M':{'x':{'S':'y'}}}}",
                ddb.call("GetItem", "{'TableName':'items','Key':{'id':{'S':'a'}},'ConsistentRead':true}").get("Item"));
        assertJson("{'m':{'M':{'x':{'S':'y'}}}}", ddb.call("GetItem", "{'TableName':'items','Key':{'id':{'S':'a'}},"
                + "'ProjectionExpression':'#m.x','ExpressionAttributeNames':{'#m':'m'}}").get("Item"));
        assertFalse(ddb.call("GetItem", "{'TableName':'items','Key':{'id':{'S':'b'}}}").has("Item"));
    }

    @Test
    void putReturnsTheOldItemWhenAsked() {
        assertFalse(ddb.call("PutItem", "{'TableName':'items','Item':{'id':{'S':'id1'},'data':{'S':'foobar'}},"
                + "'ReturnValues':'ALL_OLD'}").has("Attributes"));
        assertJson("{'id':{'S':'id1'},'data':{'S':'foobar'}}", ddb.call("PutItem", "{'TableName':'items','Item':"
                + "{'id':{'S':'id1'},'data':{'S':'other'}},'ReturnValues':'ALL_OLD'}").get("Attributes"));
        assertEquals("ReturnValues can only be ALL_OLD or NONE", ddb.error("ValidationException", "PutItem",
                "{'TableName':'items','Item':{'id':{'S':'id1'}},'ReturnValues':'ALL_NEW'}").getMessage());
    }

    @Test
    void failedConditionReturnsTheItemWhenAskedAsAwsRecorded() {
        ddb.call("PutItem", "{'TableName':'items','Item':{'id':{'S':'456'},'price':{'N':'650'},"
                + "'product':{'S':'sporting goods'}}}");
        AwsServiceException error = ddb.error("ConditionalCheckFailedException", "DeleteItem",
                "{'TableName':'items','Key':{'id':{'S':'456'}},'ConditionExpression':'price between :lo and :hi',"
                        + "'ExpressionAttributeValues':{':lo':{'N':'500'},':hi':{'N':'600'}},"
                        + "'ReturnValuesOnConditionCheckFailure':'ALL_OLD'}");
        assertEquals("The conditional request failed", error.getMessage());
        DynamoDbFixture.assertSameJson("{'id':{'S':'456'},'price':{'N':'650'},'product':{'S':'sporting goods'}}",
                error.members().get("Item"));
        AwsServiceException withoutItem = ddb.error("ConditionalCheckFailedException", "PutItem",
                "{'TableName':'items','Item':{'id':{'S':'456'}},'ConditionExpression':'attribute_not_exists(id)'}");
        assertFalse(withoutItem.members().containsKey("Item"));
    }

    @Test
    void updateItemCreatesAndChangesWithEveryReturnValuesKind() {
        assertJson("{'id':{'S':'a'},'count':{'N':'1'}}", ddb.call("UpdateItem", "{'TableName':'items',"
                + "'Key':{'id':{'S':'a'}},'UpdateExpression':'SET #c = :one','ExpressionAttributeNames':{'#c':'count'},"
                + "'ExpressionAttributeValues':{':one':{'N':'1'}},'ReturnValues':'ALL_NEW'}").get("Attributes"));
        String increment = "{'TableName':'items','Key':{'id':{'S':'a'}},'UpdateExpression':'ADD #c :one',"
                + "'ExpressionAttributeNames':{'#c':'count'},'ExpressionAttributeValues':{':one':{'N':'1'}},"
                + "'ReturnValues':'%s'}";
        assertJson("{'count':{'N':'1'}}", ddb.call("UpdateItem", increment.formatted("UPDATED_OLD")).get("Attributes"));
        assertJson("{'count':{'N':'3'}}", ddb.call("UpdateItem", increment.formatted("UPDATED_NEW")).get("Attributes"));
        assertJson("{'id':{'S':'a'},'count':{'N':'3'}}",
                ddb.call("UpdateItem", increment.formatted("ALL_OLD")).get("Attributes"));
        assertFalse(ddb.call("UpdateItem", increment.formatted("NONE")).has("Attributes"));
    }

    @Test
    void updatedValuesOfNestedPathsComeBackNested() {
        ddb.call("PutItem", "{'TableName':'items','Item':{'id':{'S':'a'},'m':{'M':{'x':{'N':'1'},'y':{'N':'2'}}}}}");
        assertJson("{'m':{'M':{'x':{'N':'5'}}}}", ddb.call("UpdateItem", "{'TableName':'items','Key':{'id':{'S':'a'}},"
                + "'UpdateExpression':'SET m.x = :v','ExpressionAttributeValues':{':v':{'N':'5'}},"
                + "'ReturnValues':'UPDATED_NEW'}").get("Attributes"));
    }

    @Test
    void keyAttributesCannotBeUpdated() {
        assertEquals("One or more parameter values were invalid: Cannot update attribute id. This attribute is part "
                + "of the key", ddb.error("ValidationException", "UpdateItem", "{'TableName':'items','Key':{'id':"
                + "{'S':'a'}},'UpdateExpression':'SET id = :v','ExpressionAttributeValues':{':v':{'S':'b'}}}")
                .getMessage());
    }

    @Test
    void keysMustMatchTheSchema() {
        assertEquals(PrimaryKeys.KEY_MISMATCH, ddb.error("ValidationException", "GetItem",
                "{'TableName':'items','Key':{'other':{'S':'a'}}}").getMessage());
        assertEquals(PrimaryKeys.KEY_MISMATCH, ddb.error("ValidationException", "DeleteItem",
                "{'TableName':'items','Key':{'id':{'N':'1'}}}").getMessage());
        assertEquals("One or more parameter values were invalid: Missing the key id in the item",
                ddb.error("ValidationException", "PutItem", "{'TableName':'items','Item':{'x':{'S':'a'}}}")
                        .getMessage());
        assertEquals("One or more parameter values were invalid: Type mismatch for key id expected: S actual: N",
                ddb.error("ValidationException", "PutItem", "{'TableName':'items','Item':{'id':{'N':'1'}}}")
                        .getMessage());
    }

    @Test
    void itemsAbove400KbAreRefused() {
        String big = "x".repeat(400 * 1024);
        assertEquals("Item size has exceeded the maximum allowed size", ddb.error("ValidationException", "PutItem",
                "{'TableName':'items','Item':{'id':{'S':'a'},'big':{'S':'" + big + "'}}}").getMessage());
    }

    @Test
    void itemOperationsOnMissingTablesAreResourceNotFound() {
        assertEquals("Requested resource not found", ddb.error("ResourceNotFoundException", "PutItem",
                "{'TableName':'missing','Item':{'id':{'S':'a'}}}").getMessage());
    }

    @Test
    void unusedPlaceholdersAreRefused() {
        ddb.error("ValidationException", "PutItem", "{'TableName':'items','Item':{'id':{'S':'a'}},"
                + "'ExpressionAttributeValues':{':x':{'S':'a'}},'ConditionExpression':'attribute_not_exists(id)'}");
    }

    @Test
    void deleteReturnsTheOldItem() {
        ddb.call("PutItem", "{'TableName':'items','Item':{'id':{'S':'a'}}}");
        JsonNode deleted = ddb.call("DeleteItem", "{'TableName':'items','Key':{'id':{'S':'a'}},'ReturnValues':'ALL_OLD'}");
        assertJson("{'id':{'S':'a'}}", deleted.get("Attributes"));
        assertFalse(ddb.call("GetItem", "{'TableName':'items','Key':{'id':{'S':'a'}}}").has("Item"));
    }
}
