package com.apartmentbooking.local.dynamodb;

import static com.apartmentbooking.local.dynamodb.DynamoDbFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.apartmentbooking.local.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables, tags, items, TTL settings, stream records and deleted tables' streams come back when the data directory is
 * opened again.
 */
class DurableStateTest {

    private static final String USERS_ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/users";

    @TempDir
    Path dataDir;

    @Test
    void everythingWrittenIsThereAfterReopening() {
        String streamArn;
        try (DynamoDbFixture first = new DynamoDbFixture(Store.open(dataDir))) {
            first.createStreamTable("users", "NEW_AND_OLD_IMAGES");
            first.call("UpdateTimeToLive", "{'TableName':'users','TimeToLiveSpecification':{'AttributeName':'ttl',"
                    + "'Enabled':true}}");
            first.call("TagResource", "{'ResourceArn':'" + USERS_ARN + "','Tags':[{'Key':'env','Value':'local'},"
                    + "{'Key':'app','Value':'booking'}]}");
            first.call("PutItem", "{'TableName':'users','Item':{'id':{'S':'a'},'n':{'N':'1'}}}");
            first.call("PutItem", "{'TableName':'users','Item':{'id':{'S':'b'}}}");
            first.call("DeleteItem", "{'TableName':'users','Key':{'id':{'S':'b'}}}");
            streamArn = first.call("DescribeTable", "{'TableName':'users'}").at("/Table/LatestStreamArn").asText();
        }
        try (DynamoDbFixture second = new DynamoDbFixture(Store.open(dataDir))) {
            assertJson("{'id':{'S':'a'},'n':{'N':'1'}}",
                    second.call("GetItem", "{'TableName':'users','Key':{'id':{'S':'a'}}}").get("Item"));
            assertFalse(second.call("GetItem", "{'TableName':'users','Key':{'id':{'S':'b'}}}").has("Item"));
            assertJson("{'Tags':[{'Key':'env','Value':'local'},{'Key':'app','Value':'booking'}]}",
                    second.call("ListTagsOfResource", "{'ResourceArn':'" + USERS_ARN + "'}"));
            assertEquals("ttl", second.call("DescribeTimeToLive", "{'TableName':'users'}")
                    .at("/TimeToLiveDescription/AttributeName").asText());
            assertEquals(streamArn, second.call("DescribeTable", "{'TableName':'users'}")
                    .at("/Table/LatestStreamArn").asText());
            List<JsonNode> records = second.streamRecords("users");
            assertEquals(List.of("INSERT", "INSERT", "REMOVE"),
                    records.stream().map(record -> record.get("eventName").asText()).toList());
            second.call("PutItem", "{'TableName':'users','Item':{'id':{'S':'c'}}}");
            List<JsonNode> after = second.streamRecords("users");
            assertEquals(1, new BigInteger(after.get(3).at("/dynamodb/SequenceNumber").asText())
                    .compareTo(new BigInteger(after.get(2).at("/dynamodb/SequenceNumber").asText())));
        }
    }

    @Test
    void secondaryIndexesAreRebuiltOnOpening() {
        try (DynamoDbFixture first = new DynamoDbFixture(Store.open(dataDir))) {
            first.call("CreateTable", "{'TableName':'bookings','KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],"
                    + "'AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'},{'AttributeName':'guest',"
                    + "'AttributeType':'S'}],'BillingMode':'PAY_PER_REQUEST','GlobalSecondaryIndexes':[{'IndexName':"
                    + "'byGuest','KeySchema':[{'AttributeName':'guest','KeyType':'HASH'}],'Projection':"
                    + "{'ProjectionType':'ALL'}}]}");
            first.call("PutItem", "{'TableName':'bookings','Item':{'id':{'S':'b1'},'guest':{'S':'ann'}}}");
        }
        try (DynamoDbFixture second = new DynamoDbFixture(Store.open(dataDir))) {
            assertEquals("b1", second.call("Query", "{'TableName':'bookings','IndexName':'byGuest',"
                    + "'KeyConditionExpression':'guest = :g','ExpressionAttributeValues':{':g':{'S':'ann'}}}")
                    .at("/Items/0/id/S").asText());
        }
    }

    @Test
    void aDeletedTableStaysDeletedAndItsStreamStaysApartFromTheNewTables() {
        String oldArn;
        try (DynamoDbFixture first = new DynamoDbFixture(Store.open(dataDir))) {
            first.createStreamTable("gone", "KEYS_ONLY");
            first.call("PutItem", "{'TableName':'gone','Item':{'id':{'S':'a'}}}");
            oldArn = first.call("DescribeTable", "{'TableName':'gone'}").at("/Table/LatestStreamArn").asText();
            first.call("DeleteTable", "{'TableName':'gone'}");
            // The test clock stands still, so the new stream is created in the same millisecond as the old one.
            first.createStreamTable("gone", "KEYS_ONLY");
        }
        try (DynamoDbFixture second = new DynamoDbFixture(Store.open(dataDir))) {
            assertEquals(0, second.call("Scan", "{'TableName':'gone'}").get("Count").asInt());
            assertEquals(0, second.streamRecords("gone").size());
            assertNotEquals(oldArn, second.call("DescribeTable", "{'TableName':'gone'}")
                    .at("/Table/LatestStreamArn").asText());
            assertEquals("DISABLED", second.streams("DescribeStream", "{'StreamArn':'" + oldArn + "'}")
                    .at("/StreamDescription/StreamStatus").asText());
            assertEquals(2, second.streams("ListStreams", "{'TableName':'gone'}").get("Streams").size());
        }
    }
}
