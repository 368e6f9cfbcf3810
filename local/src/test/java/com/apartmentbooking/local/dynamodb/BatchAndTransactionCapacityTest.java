package com.apartmentbooking.local.dynamodb;

import static com.apartmentbooking.local.dynamodb.DynamoDbFixture.assertJson;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ReturnConsumedCapacity on BatchGetItem, BatchWriteItem, TransactGetItems and TransactWriteItems: a list of one
 * entry per table; each item of a batch rounded on its own; transactions at double price, their units repeated as
 * ReadCapacityUnits or WriteCapacityUnits.
 */
class BatchAndTransactionCapacityTest {

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @BeforeEach
    void tables() {
        ddb.createTable("first");
        ddb.createTable("second");
        ddb.call("CreateTable", "{'TableName':'indexed','KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],"
                + "'AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'},"
                + "{'AttributeName':'g','AttributeType':'S'}],'BillingMode':'PAY_PER_REQUEST',"
                + "'GlobalSecondaryIndexes':[{'IndexName':'byG','KeySchema':[{'AttributeName':'g','KeyType':'HASH'}],"
                + "'Projection':{'ProjectionType':'ALL'}}]}");
    }

    @AfterEach
    void close() {
        ddb.close();
    }

    /** An item of exactly {@code bytes} bytes: "id" (2) + id + "txt" (3) + padding. */
    private static String item(String id, int bytes) {
        return "{'id':{'S':'" + id + "'},'txt':{'S':'" + "x".repeat(bytes - 5 - id.length()) + "'}}";
    }

    private JsonNode capacity(String operation, String request) {
        return ddb.call(operation, request).get("ConsumedCapacity");
    }

    @Test
    void batchGetItemChargesEachKeyOnItsOwnPerTableAndItsConsistency() {
        ddb.call("PutItem", "{'TableName':'first','Item':" + item("a", 4096) + "}");
        ddb.call("PutItem", "{'TableName':'first','Item':" + item("b", 10) + "}");
        String keys = "'first':{'Keys':[{'id':{'S':'a'}},{'id':{'S':'b'}},{'id':{'S':'missing'}}]%s},"
                + "'second':{'Keys':[{'id':{'S':'missing'}}]%s}";
        // Two items and a missing key, each half a unit; the other table's missing key too.
        assertJson("[{'TableName':'first','CapacityUnits':1.5},{'TableName':'second','CapacityUnits':0.5}]",
                capacity("BatchGetItem", "{'RequestItems':{" + keys.formatted("", "")
                        + "},'ReturnConsumedCapacity':'TOTAL'}"));
        assertJson("[{'TableName':'first','CapacityUnits':3.0,'Table':{'CapacityUnits':3.0}},"
                + "{'TableName':'second','CapacityUnits':0.5,'Table':{'CapacityUnits':0.5}}]",
                capacity("BatchGetItem", "{'RequestItems':{" + keys.formatted(",'ConsistentRead':true", "")
                        + "},'ReturnConsumedCapacity':'INDEXES'}"));
        ddb.call("PutItem", "{'TableName':'first','Item':" + item("a", 4097) + "}");
        assertJson("[{'TableName':'first','CapacityUnits':2.0},{'TableName':'second','CapacityUnits':0.5}]",
                capacity("BatchGetItem", "{'RequestItems':{" + keys.formatted("", "")
                        + "},'ReturnConsumedCapacity':'TOTAL'}"));
    }

    @Test
    void batchWriteItemChargesEachWriteAndIndexEntryPerTable() {
        ddb.call("PutItem", "{'TableName':'second','Item':" + item("old", 2048) + "}");
        JsonNode response = ddb.call("BatchWriteItem", "{'RequestItems':{"
                + "'indexed':[{'PutRequest':{'Item':{'id':{'S':'a'},'g':{'S':'g'}}}},"
                + "{'PutRequest':{'Item':{'id':{'S':'b'}}}}],"
                + "'first':[{'PutRequest':{'Item':" + item("big", 1025) + "}}],"
                + "'second':[{'DeleteRequest':{'Key':{'id':{'S':'old'}}}}]},'ReturnConsumedCapacity':'INDEXES'}");
        assertJson("{'UnprocessedItems':{},'ConsumedCapacity':["
                + "{'TableName':'indexed','CapacityUnits':3.0,'Table':{'CapacityUnits':2.0},"
                + "'GlobalSecondaryIndexes':{'byG':{'CapacityUnits':1.0}}},"
                + "{'TableName':'first','CapacityUnits':2.0,'Table':{'CapacityUnits':2.0}},"
                + "{'TableName':'second','CapacityUnits':2.0,'Table':{'CapacityUnits':2.0}}]}", response);
    }

    @Test
    void transactGetItemsChargesTwoUnitsPer4KilobytesPerItem() {
        ddb.call("PutItem", "{'TableName':'first','Item':" + item("a", 4097) + "}");
        ddb.call("PutItem", "{'TableName':'second','Item':" + item("b", 10) + "}");
        JsonNode response = ddb.call("TransactGetItems", "{'TransactItems':["
                + "{'Get':{'TableName':'first','Key':{'id':{'S':'a'}}}},"
                + "{'Get':{'TableName':'second','Key':{'id':{'S':'b'}}}},"
                + "{'Get':{'TableName':'first','Key':{'id':{'S':'missing'}}}}],'ReturnConsumedCapacity':'TOTAL'}");
        assertJson("[{'TableName':'first','CapacityUnits':6.0,'ReadCapacityUnits':6.0},"
                + "{'TableName':'second','CapacityUnits':2.0,'ReadCapacityUnits':2.0}]",
                response.get("ConsumedCapacity"));
        assertJson("[{'TableName':'second','CapacityUnits':2.0,'ReadCapacityUnits':2.0,"
                + "'Table':{'CapacityUnits':2.0,'ReadCapacityUnits':2.0}}]", capacity("TransactGetItems",
                "{'TransactItems':[{'Get':{'TableName':'second','Key':{'id':{'S':'b'}}}}],"
                        + "'ReturnConsumedCapacity':'INDEXES'}"));
    }

    @Test
    void transactWriteItemsChargesTwoUnitsPerKilobyteIncludingConditionChecksAndIndexes() {
        ddb.call("PutItem", "{'TableName':'second','Item':" + item("checked", 1500) + "}");
        String request = "{'TransactItems':["
                + "{'Put':{'TableName':'indexed','Item':{'id':{'S':'a'},'g':{'S':'g'}}}},"
                + "{'Put':{'TableName':'first','Item':" + item("big", 1025) + "}},"
                + "{'ConditionCheck':{'TableName':'second','Key':{'id':{'S':'checked'}},"
                + "'ConditionExpression':'attribute_exists(id)'}}],"
                + "'ReturnConsumedCapacity':'INDEXES','ClientRequestToken':'token-1'}";
        assertJson("[{'TableName':'indexed','CapacityUnits':4.0,'WriteCapacityUnits':4.0,"
                + "'Table':{'CapacityUnits':2.0,'WriteCapacityUnits':2.0},"
                + "'GlobalSecondaryIndexes':{'byG':{'CapacityUnits':2.0,'WriteCapacityUnits':2.0}}},"
                + "{'TableName':'first','CapacityUnits':4.0,'WriteCapacityUnits':4.0,"
                + "'Table':{'CapacityUnits':4.0,'WriteCapacityUnits':4.0}},"
                + "{'TableName':'second','CapacityUnits':4.0,'WriteCapacityUnits':4.0,"
                + "'Table':{'CapacityUnits':4.0,'WriteCapacityUnits':4.0}}]", capacity("TransactWriteItems", request));
        // The same token again writes nothing and is charged as transactional reads of the items.
        assertJson("[{'TableName':'indexed','CapacityUnits':2.0,'ReadCapacityUnits':2.0,"
                + "'Table':{'CapacityUnits':2.0,'ReadCapacityUnits':2.0}},"
                + "{'TableName':'first','CapacityUnits':2.0,'ReadCapacityUnits':2.0,"
                + "'Table':{'CapacityUnits':2.0,'ReadCapacityUnits':2.0}},"
                + "{'TableName':'second','CapacityUnits':2.0,'ReadCapacityUnits':2.0,"
                + "'Table':{'CapacityUnits':2.0,'ReadCapacityUnits':2.0}}]", capacity("TransactWriteItems", request));
    }

    @Test
    void transactWriteItemsWithoutReturnConsumedCapacityAnswersAnEmptyObject() {
        assertJson("{}", ddb.call("TransactWriteItems", "{'TransactItems':[{'Put':{'TableName':'first',"
                + "'Item':{'id':{'S':'a'}}}}]}"));
    }
}
