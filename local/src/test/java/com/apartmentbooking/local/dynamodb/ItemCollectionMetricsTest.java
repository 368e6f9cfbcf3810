package com.apartmentbooking.local.dynamodb;

import static com.apartmentbooking.local.dynamodb.DynamoDbFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ReturnItemCollectionMetrics SIZE: for a table with a local secondary index, each write reports the item collection
 * (partition key value) it touched and its size estimate in gigabytes; tables without one report nothing.
 */
class ItemCollectionMetricsTest {

    private static final String SMALL = "{'ItemCollectionKey':{'Artist':{'S':'%s'}},'SizeEstimateRangeGB':[0.0,1.0]}";

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @BeforeEach
    void tables() {
        ddb.createTable("plain");
        ddb.call("CreateTable", "{'TableName':'music','KeySchema':[{'AttributeName':'Artist','KeyType':'HASH'},"
                + "{'AttributeName':'SongTitle','KeyType':'RANGE'}],'AttributeDefinitions':["
                + "{'AttributeName':'Artist','AttributeType':'S'},{'AttributeName':'SongTitle','AttributeType':'S'},"
                + "{'AttributeName':'AlbumTitle','AttributeType':'S'}],'BillingMode':'PAY_PER_REQUEST',"
                + "'LocalSecondaryIndexes':[{'IndexName':'AlbumTitleIndex','KeySchema':["
                + "{'AttributeName':'Artist','KeyType':'HASH'},{'AttributeName':'AlbumTitle','KeyType':'RANGE'}],"
                + "'Projection':{'ProjectionType':'ALL'}}]}");
    }

    @AfterEach
    void close() {
        ddb.close();
    }

    private static String song(String artist, String title, String album) {
        return "{'Artist':{'S':'" + artist + "'},'SongTitle':{'S':'" + title + "'},'AlbumTitle':{'S':'" + album + "'}}";
    }

    @Test
    void singleWritesReportTheirItemCollection() {
        JsonNode put = ddb.call("PutItem", "{'TableName':'music','Item':" + song("Acme Band", "Happy Day",
                "Songs About Life") + ",'ReturnItemCollectionMetrics':'SIZE'}");
        assertJson("{'ItemCollectionMetrics':" + SMALL.formatted("Acme Band") + "}", put);
        JsonNode update = ddb.call("UpdateItem", "{'TableName':'music','Key':{'Artist':{'S':'Acme Band'},"
                + "'SongTitle':{'S':'Happy Day'}},'UpdateExpression':'SET AlbumTitle = :a',"
                + "'ExpressionAttributeValues':{':a':{'S':'Louder'}},'ReturnValues':'UPDATED_NEW',"
                + "'ReturnConsumedCapacity':'TOTAL','ReturnItemCollectionMetrics':'SIZE'}");
        assertJson("{'Attributes':{'AlbumTitle':{'S':'Louder'}},'ConsumedCapacity':{'TableName':'music',"
                + "'CapacityUnits':3.0},'ItemCollectionMetrics':" + SMALL.formatted("Acme Band") + "}", update);
        assertJson(SMALL.formatted("Acme Band"), ddb.call("DeleteItem", "{'TableName':'music','Key':"
                + "{'Artist':{'S':'Acme Band'},'SongTitle':{'S':'Happy Day'}},'ReturnItemCollectionMetrics':'SIZE'}")
                .get("ItemCollectionMetrics"));
    }

    @Test
    void noneAndTablesWithoutLocalIndexesReportNothing() {
        assertFalse(ddb.call("PutItem", "{'TableName':'music','Item':" + song("A", "B", "C")
                + ",'ReturnItemCollectionMetrics':'NONE'}").has("ItemCollectionMetrics"));
        assertFalse(ddb.call("PutItem", "{'TableName':'plain','Item':{'id':{'S':'a'}},"
                + "'ReturnItemCollectionMetrics':'SIZE'}").has("ItemCollectionMetrics"));
        assertFalse(ddb.call("BatchWriteItem", "{'RequestItems':{'plain':[{'PutRequest':{'Item':{'id':{'S':'b'}}}}]},"
                + "'ReturnItemCollectionMetrics':'SIZE'}").has("ItemCollectionMetrics"));
    }

    @Test
    void batchWriteItemReportsEachCollectionOnceByTable() {
        JsonNode response = ddb.call("BatchWriteItem", "{'RequestItems':{'music':["
                + "{'PutRequest':{'Item':" + song("No One You Know", "Call Me Today", "Somewhat Famous") + "}},"
                + "{'PutRequest':{'Item':" + song("Acme Band", "Happy Day", "Songs About Life") + "}},"
                + "{'PutRequest':{'Item':" + song("No One You Know", "Scared of My Shadow", "Blue Sky Blues") + "}}],"
                + "'plain':[{'PutRequest':{'Item':{'id':{'S':'a'}}}}]},"
                + "'ReturnConsumedCapacity':'INDEXES','ReturnItemCollectionMetrics':'SIZE'}");
        assertJson("{'UnprocessedItems':{},'ItemCollectionMetrics':{'music':[" + SMALL.formatted("No One You Know")
                + "," + SMALL.formatted("Acme Band") + "]},'ConsumedCapacity':["
                + "{'TableName':'music','CapacityUnits':6.0,'Table':{'CapacityUnits':3.0},"
                + "'LocalSecondaryIndexes':{'AlbumTitleIndex':{'CapacityUnits':3.0}}},"
                + "{'TableName':'plain','CapacityUnits':1.0,'Table':{'CapacityUnits':1.0}}]}", response);
    }

    @Test
    void transactWriteItemsReportsTheCollectionsItChanged() {
        ddb.call("PutItem", "{'TableName':'music','Item':" + song("No One You Know", "Call Me Today", "X") + "}");
        JsonNode response = ddb.call("TransactWriteItems", "{'TransactItems':["
                + "{'Put':{'TableName':'music','Item':" + song("Acme Band", "Happy Day", "Y") + "}},"
                + "{'Delete':{'TableName':'music','Key':{'Artist':{'S':'No One You Know'},"
                + "'SongTitle':{'S':'Call Me Today'}}}},"
                + "{'ConditionCheck':{'TableName':'music','Key':{'Artist':{'S':'Checked'},'SongTitle':{'S':'S'}},"
                + "'ConditionExpression':'attribute_not_exists(Artist)'}}],"
                + "'ReturnItemCollectionMetrics':'SIZE'}");
        assertJson("{'ItemCollectionMetrics':{'music':[" + SMALL.formatted("Acme Band") + ","
                + SMALL.formatted("No One You Know") + "]}}", response);
    }

    @Test
    void theEstimateIsTheRangeOfWholeGigabytesAroundTheSize() {
        long gigabyte = 1024L * 1024 * 1024;
        assertEquals(0.0, ItemCollections.lowerBoundGb(0));
        assertEquals(0.0, ItemCollections.lowerBoundGb(gigabyte - 1));
        assertEquals(1.0, ItemCollections.lowerBoundGb(gigabyte));
        assertEquals(9.0, ItemCollections.lowerBoundGb(10 * gigabyte - 1));
        assertJson("[9.0,10.0]", CapacityResponses.itemCollectionMetrics(
                new ItemCollectionMetrics(Map.of("Artist", AttributeValue.s("A")), 9.0)).get("SizeEstimateRangeGB"));
    }
}
