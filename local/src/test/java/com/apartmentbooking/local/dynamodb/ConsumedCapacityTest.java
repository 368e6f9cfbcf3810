package com.apartmentbooking.local.dynamodb;

import static com.apartmentbooking.local.dynamodb.DynamoDbFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ReturnConsumedCapacity on the single-item operations, Query and Scan: the units DynamoDB charges (reads by 4 KB,
 * writes by 1 KB, of item sizes as DynamoDB counts them) and the TOTAL and INDEXES shapes.
 */
class ConsumedCapacityTest {

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @BeforeEach
    void tables() {
        ddb.createTable("items");
        // Key ids, a GSI on g (KEYS_ONLY) and one on h (ALL).
        ddb.call("CreateTable", "{'TableName':'indexed','KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],"
                + "'AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'},"
                + "{'AttributeName':'g','AttributeType':'S'},{'AttributeName':'h','AttributeType':'S'}],"
                + "'BillingMode':'PAY_PER_REQUEST','GlobalSecondaryIndexes':["
                + "{'IndexName':'byG','KeySchema':[{'AttributeName':'g','KeyType':'HASH'}],"
                + "'Projection':{'ProjectionType':'KEYS_ONLY'}},"
                + "{'IndexName':'byH','KeySchema':[{'AttributeName':'h','KeyType':'HASH'}],"
                + "'Projection':{'ProjectionType':'ALL'}}]}");
        // Key (p, s), a local index on l projecting only keys.
        ddb.call("CreateTable", "{'TableName':'local','KeySchema':[{'AttributeName':'p','KeyType':'HASH'},"
                + "{'AttributeName':'s','KeyType':'RANGE'}],'AttributeDefinitions':["
                + "{'AttributeName':'p','AttributeType':'S'},{'AttributeName':'s','AttributeType':'S'},"
                + "{'AttributeName':'l','AttributeType':'S'}],'BillingMode':'PAY_PER_REQUEST',"
                + "'LocalSecondaryIndexes':[{'IndexName':'byL','KeySchema':[{'AttributeName':'p','KeyType':'HASH'},"
                + "{'AttributeName':'l','KeyType':'RANGE'}],'Projection':{'ProjectionType':'KEYS_ONLY'}}]}");
    }

    @AfterEach
    void close() {
        ddb.close();
    }

    /** An item of table "items" of exactly {@code bytes} bytes: "id" (2) + id + "txt" (3) + padding. */
    private static String item(String id, int bytes) {
        return "{'id':{'S':'" + id + "'},'txt':{'S':'" + "x".repeat(bytes - 5 - id.length()) + "'}}";
    }

    private JsonNode capacity(String operation, String request) {
        return ddb.call(operation, request).get("ConsumedCapacity");
    }

    @Test
    void putItemCostsAWriteUnitPerKilobyteOfTheLargerOfTheOldAndNewItem() {
        assertJson("{'TableName':'items','CapacityUnits':1.0}", capacity("PutItem",
                "{'TableName':'items','Item':" + item("a", 1024) + ",'ReturnConsumedCapacity':'TOTAL'}"));
        assertJson("{'TableName':'items','CapacityUnits':2.0,'Table':{'CapacityUnits':2.0}}", capacity("PutItem",
                "{'TableName':'items','Item':" + item("a", 1025) + ",'ReturnConsumedCapacity':'INDEXES'}"));
        // Replacing the 1025-byte item by a small one still writes as much as the old one.
        assertJson("{'TableName':'items','CapacityUnits':2.0}", capacity("PutItem",
                "{'TableName':'items','Item':{'id':{'S':'a'}},'ReturnConsumedCapacity':'TOTAL'}"));
        assertJson("{'TableName':'items','CapacityUnits':1.0}", capacity("PutItem",
                "{'TableName':'items','Item':{'id':{'S':'a'}},'ReturnConsumedCapacity':'TOTAL'}"));
    }

    @Test
    void itemSizesCountNumbersByTheirDigitPairsAndBinaryByItsBytes() {
        // 5 names of one byte + 1009 bytes of strings + 12.3456 (4) + 2 bytes + a binary set of 4 bytes = 1024;
        // the same number negative takes a byte more.
        String small = "{'a':{'S':'" + "a".repeat(9) + "'},'b':{'S':'" + "b".repeat(1000) + "'},'c':{'N':'12.3456'},"
                + "'d':{'B':'AQI='},'e':{'BS':['AQI=','Ag==','AQ==']}}";
        ddb.call("CreateTable", "{'TableName':'hashA','KeySchema':[{'AttributeName':'a','KeyType':'HASH'}],"
                + "'AttributeDefinitions':[{'AttributeName':'a','AttributeType':'S'}],'BillingMode':'PAY_PER_REQUEST'}");
        assertJson("{'TableName':'hashA','CapacityUnits':1.0}", capacity("PutItem",
                "{'TableName':'hashA','Item':" + small + ",'ReturnConsumedCapacity':'TOTAL'}"));
        assertJson("{'TableName':'hashA','CapacityUnits':2.0}", capacity("PutItem",
                "{'TableName':'hashA','Item':" + small.replace("12.3456", "-12.3456")
                        + ",'ReturnConsumedCapacity':'TOTAL'}"));
    }

    @Test
    void getItemCostsHalfAReadUnitPer4KilobytesOrAWholeOneWhenConsistent() {
        ddb.call("PutItem", "{'TableName':'items','Item':" + item("four", 4096) + "}");
        ddb.call("PutItem", "{'TableName':'items','Item':" + item("more", 4097) + "}");
        assertJson("{'TableName':'items','CapacityUnits':0.5}", capacity("GetItem",
                "{'TableName':'items','Key':{'id':{'S':'four'}},'ReturnConsumedCapacity':'TOTAL'}"));
        assertJson("{'TableName':'items','CapacityUnits':1.0,'Table':{'CapacityUnits':1.0}}", capacity("GetItem",
                "{'TableName':'items','Key':{'id':{'S':'four'}},'ConsistentRead':true,"
                        + "'ReturnConsumedCapacity':'INDEXES'}"));
        // A projection answers less but reads the whole item.
        assertJson("{'TableName':'items','CapacityUnits':1.0}", capacity("GetItem",
                "{'TableName':'items','Key':{'id':{'S':'more'}},'ProjectionExpression':'id',"
                        + "'ReturnConsumedCapacity':'TOTAL'}"));
        assertJson("{'TableName':'items','CapacityUnits':2.0}", capacity("GetItem",
                "{'TableName':'items','Key':{'id':{'S':'more'}},'ConsistentRead':true,"
                        + "'ReturnConsumedCapacity':'TOTAL'}"));
    }

    @Test
    void readingOrDeletingAMissingItemStillCostsOneUnit() {
        assertJson("{'TableName':'items','CapacityUnits':0.5}", capacity("GetItem",
                "{'TableName':'items','Key':{'id':{'S':'none'}},'ReturnConsumedCapacity':'TOTAL'}"));
        assertJson("{'TableName':'items','CapacityUnits':1.0}", capacity("DeleteItem",
                "{'TableName':'items','Key':{'id':{'S':'none'}},'ReturnConsumedCapacity':'TOTAL'}"));
    }

    @Test
    void deleteAndUpdateCostTheLargerImage() {
        ddb.call("PutItem", "{'TableName':'items','Item':" + item("a", 3000) + "}");
        assertJson("{'TableName':'items','CapacityUnits':3.0}", capacity("UpdateItem",
                "{'TableName':'items','Key':{'id':{'S':'a'}},'UpdateExpression':'REMOVE txt',"
                        + "'ReturnConsumedCapacity':'TOTAL'}"));
        assertJson("{'TableName':'items','CapacityUnits':2.0}", capacity("UpdateItem",
                "{'TableName':'items','Key':{'id':{'S':'a'}},'UpdateExpression':'SET txt = :p',"
                        + "'ExpressionAttributeValues':{':p':{'S':'" + "y".repeat(2000) + "'}},"
                        + "'ReturnConsumedCapacity':'TOTAL'}"));
        assertJson("{'TableName':'items','CapacityUnits':2.0}", capacity("DeleteItem",
                "{'TableName':'items','Key':{'id':{'S':'a'}},'ReturnConsumedCapacity':'TOTAL'}"));
    }

    @Test
    void noneOrNoReturnConsumedCapacityAnswersNone() {
        assertFalse(ddb.call("PutItem", "{'TableName':'items','Item':{'id':{'S':'a'}},"
                + "'ReturnConsumedCapacity':'NONE'}").has("ConsumedCapacity"));
        assertFalse(ddb.call("GetItem", "{'TableName':'items','Key':{'id':{'S':'a'}}}").has("ConsumedCapacity"));
    }

    @Test
    void writesAddTheUnitsOfEachIndexEntryTheyPutReplaceOrDelete() {
        // A new item in both indexes: one write on the table and on each index.
        assertJson("{'TableName':'indexed','CapacityUnits':3.0,'Table':{'CapacityUnits':1.0},"
                + "'GlobalSecondaryIndexes':{'byG':{'CapacityUnits':1.0},'byH':{'CapacityUnits':1.0}}}",
                capacity("PutItem", "{'TableName':'indexed','Item':{'id':{'S':'a'},'g':{'S':'g1'},'h':{'S':'h1'},"
                        + "'note':{'S':'o'}},'ReturnConsumedCapacity':'INDEXES'}"));
        // TOTAL gives the same sum without the breakdown.
        assertJson("{'TableName':'indexed','CapacityUnits':2.0}", capacity("UpdateItem",
                "{'TableName':'indexed','Key':{'id':{'S':'a'}},'UpdateExpression':'SET note = :o',"
                        + "'ExpressionAttributeValues':{':o':{'S':'changed'}},'ReturnConsumedCapacity':'TOTAL'}"));
        // Another attribute: the KEYS_ONLY index does not see it, the ALL index rewrites its entry.
        assertJson("{'TableName':'indexed','CapacityUnits':2.0,'Table':{'CapacityUnits':1.0},"
                + "'GlobalSecondaryIndexes':{'byH':{'CapacityUnits':1.0}}}", capacity("UpdateItem",
                "{'TableName':'indexed','Key':{'id':{'S':'a'}},'UpdateExpression':'SET note = :o',"
                        + "'ExpressionAttributeValues':{':o':{'S':'again'}},'ReturnConsumedCapacity':'INDEXES'}"));
        // A changed index key deletes the old entry and puts the new one.
        assertJson("{'TableName':'indexed','CapacityUnits':4.0,'Table':{'CapacityUnits':1.0},"
                + "'GlobalSecondaryIndexes':{'byG':{'CapacityUnits':2.0},'byH':{'CapacityUnits':1.0}}}",
                capacity("UpdateItem", "{'TableName':'indexed','Key':{'id':{'S':'a'}},'UpdateExpression':"
                        + "'SET g = :g','ExpressionAttributeValues':{':g':{'S':'g2'}},"
                        + "'ReturnConsumedCapacity':'INDEXES'}"));
        // Removing an index key deletes the entry from that index.
        assertJson("{'TableName':'indexed','CapacityUnits':3.0,'Table':{'CapacityUnits':1.0},"
                + "'GlobalSecondaryIndexes':{'byG':{'CapacityUnits':1.0},'byH':{'CapacityUnits':1.0}}}",
                capacity("UpdateItem", "{'TableName':'indexed','Key':{'id':{'S':'a'}},'UpdateExpression':"
                        + "'REMOVE g','ReturnConsumedCapacity':'INDEXES'}"));
        // An item outside every index writes only the table.
        assertJson("{'TableName':'indexed','CapacityUnits':1.0,'Table':{'CapacityUnits':1.0}}",
                capacity("PutItem", "{'TableName':'indexed','Item':{'id':{'S':'b'}},"
                        + "'ReturnConsumedCapacity':'INDEXES'}"));
        // Deleting the item deletes its remaining entry.
        assertJson("{'TableName':'indexed','CapacityUnits':2.0,'Table':{'CapacityUnits':1.0},"
                + "'GlobalSecondaryIndexes':{'byH':{'CapacityUnits':1.0}}}", capacity("DeleteItem",
                "{'TableName':'indexed','Key':{'id':{'S':'a'}},'ReturnConsumedCapacity':'INDEXES'}"));
    }

    @Test
    void anIndexEntryCostsItsProjectedSize() {
        String big = "z".repeat(1500);
        // The ALL index holds the whole 1.5 KB item (2 units), the KEYS_ONLY index only its keys (1 unit).
        assertJson("{'TableName':'indexed','CapacityUnits':5.0,'Table':{'CapacityUnits':2.0},"
                + "'GlobalSecondaryIndexes':{'byG':{'CapacityUnits':1.0},'byH':{'CapacityUnits':2.0}}}",
                capacity("PutItem", "{'TableName':'indexed','Item':{'id':{'S':'a'},'g':{'S':'g'},'h':{'S':'h'},"
                        + "'big':{'S':'" + big + "'}},'ReturnConsumedCapacity':'INDEXES'}"));
    }

    @Test
    void queryAddsUpTheSizesOfTheItemsItReadsBeforeRounding() {
        for (int i = 0; i < 3; i++) {
            ddb.call("PutItem", "{'TableName':'local','Item':{'p':{'S':'p'},'s':{'S':'s" + i + "'},"
                    + "'txt':{'S':'" + "x".repeat(1500) + "'}}}");
        }
        String query = "{'TableName':'local','KeyConditionExpression':'p = :p',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'}}";
        // Three items of 1,509 bytes: 4,527 bytes, two 4 KB units, halved.
        assertJson("{'TableName':'local','CapacityUnits':1.0}", capacity("Query",
                query + ",'ReturnConsumedCapacity':'TOTAL'}"));
        assertJson("{'TableName':'local','CapacityUnits':2.0,'Table':{'CapacityUnits':2.0}}", capacity("Query",
                query + ",'ConsistentRead':true,'ReturnConsumedCapacity':'INDEXES'}"));
        // Items the filter drops were read all the same; Limit stops the reading.
        assertJson("{'TableName':'local','CapacityUnits':1.0}", capacity("Query", query.replace("}}",
                "},':none':{'S':'none'}}") + ",'FilterExpression':'txt = :none','ReturnConsumedCapacity':'TOTAL'}"));
        assertJson("{'TableName':'local','CapacityUnits':0.5}", capacity("Query",
                query + ",'Limit':2,'ReturnConsumedCapacity':'TOTAL'}"));
        assertJson("{'TableName':'local','CapacityUnits':1.0}", capacity("Scan",
                "{'TableName':'local','ReturnConsumedCapacity':'TOTAL'}"));
    }

    @Test
    void aQueryThatFindsNothingStillCostsHalfAUnit() {
        assertJson("{'TableName':'local','CapacityUnits':0.5,'Table':{'CapacityUnits':0.5}}", capacity("Query",
                "{'TableName':'local','KeyConditionExpression':'p = :p','ExpressionAttributeValues':"
                        + "{':p':{'S':'nobody'}},'ReturnConsumedCapacity':'INDEXES'}"));
        assertJson("{'TableName':'indexed','CapacityUnits':0.5,'Table':{'CapacityUnits':0.0},"
                + "'GlobalSecondaryIndexes':{'byG':{'CapacityUnits':0.5}}}", capacity("Scan",
                "{'TableName':'indexed','IndexName':'byG','ReturnConsumedCapacity':'INDEXES'}"));
    }

    @Test
    void aQueryOfAnIndexReadsTheIndexAndOnlyReadsTheTableForAttributesTheIndexLacks() {
        ddb.call("PutItem", "{'TableName':'local','Item':{'p':{'S':'p'},'s':{'S':'s'},'l':{'S':'l'},"
                + "'txt':{'S':'" + "x".repeat(5000) + "'}}}");
        String query = "{'TableName':'local','IndexName':'byL','KeyConditionExpression':'p = :p',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'}},'ReturnConsumedCapacity':'INDEXES'";
        assertJson("{'TableName':'local','CapacityUnits':0.5,'Table':{'CapacityUnits':0.0},"
                + "'LocalSecondaryIndexes':{'byL':{'CapacityUnits':0.5}}}", capacity("Query", query + "}"));
        // The item's 5 KB come from the table: two units there, halved.
        JsonNode fetched = ddb.call("Query", query + ",'Select':'ALL_ATTRIBUTES'}");
        assertJson("{'TableName':'local','CapacityUnits':1.5,'Table':{'CapacityUnits':1.0},"
                + "'LocalSecondaryIndexes':{'byL':{'CapacityUnits':0.5}}}", fetched.get("ConsumedCapacity"));
        assertJson("{'TableName':'local','CapacityUnits':1.5,'Table':{'CapacityUnits':1.0},"
                + "'LocalSecondaryIndexes':{'byL':{'CapacityUnits':0.5}}}", capacity("Query",
                query + ",'ProjectionExpression':'txt'}"));
        // The projection the index lacks is answered from the table, as AWS does.
        assertJson("{'txt':{'S':'" + "x".repeat(5000) + "'}}", ddb.call("Query",
                query + ",'ProjectionExpression':'txt'}").at("/Items/0"));
    }

    @Test
    void aLocalIndexThatIncludesTheProjectedAttributesAnswersWithoutTheTable() {
        ddb.call("CreateTable", "{'TableName':'included','KeySchema':[{'AttributeName':'p','KeyType':'HASH'},"
                + "{'AttributeName':'s','KeyType':'RANGE'}],'AttributeDefinitions':["
                + "{'AttributeName':'p','AttributeType':'S'},{'AttributeName':'s','AttributeType':'S'},"
                + "{'AttributeName':'l','AttributeType':'S'}],'BillingMode':'PAY_PER_REQUEST',"
                + "'LocalSecondaryIndexes':[{'IndexName':'byL','KeySchema':[{'AttributeName':'p','KeyType':'HASH'},"
                + "{'AttributeName':'l','KeyType':'RANGE'}],'Projection':{'ProjectionType':'INCLUDE',"
                + "'NonKeyAttributes':['note']}}]}");
        ddb.call("PutItem", "{'TableName':'included','Item':{'p':{'S':'p'},'s':{'S':'s'},'l':{'S':'l'},"
                + "'note':{'S':'n'},'txt':{'S':'" + "x".repeat(5000) + "'}}}");
        String query = "{'TableName':'included','IndexName':'byL','KeyConditionExpression':'p = :p',"
                + "'ExpressionAttributeValues':{':p':{'S':'p'}},'ReturnConsumedCapacity':'INDEXES',"
                + "'ProjectionExpression':";
        JsonNode included = ddb.call("Query", query + "'note, s'}");
        assertJson("[{'note':{'S':'n'},'s':{'S':'s'}}]", included.get("Items"));
        assertJson("{'TableName':'included','CapacityUnits':0.5,'Table':{'CapacityUnits':0.0},"
                + "'LocalSecondaryIndexes':{'byL':{'CapacityUnits':0.5}}}", included.get("ConsumedCapacity"));
        assertJson("{'TableName':'included','CapacityUnits':1.5,'Table':{'CapacityUnits':1.0},"
                + "'LocalSecondaryIndexes':{'byL':{'CapacityUnits':0.5}}}", capacity("Query", query + "'note, txt'}"));
    }
}
