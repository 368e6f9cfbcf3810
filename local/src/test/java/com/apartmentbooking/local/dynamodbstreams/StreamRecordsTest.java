package com.apartmentbooking.local.dynamodbstreams;

import static com.apartmentbooking.local.dynamodb.DynamoDbFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.dynamodb.DynamoDbFixture;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The records every write produces, compared with the record sets recorded on AWS (stream-records.json): event
 * names, images per view type, SizeBytes, and no record for a write that changes nothing.
 */
class StreamRecordsTest {

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @AfterEach
    void close() {
        ddb.close();
    }

    @Test
    void keysOnlyStreamAsRecordedForPutRepeatUpdateDelete() {
        ddb.call("CreateTable", "{'TableName':'users','KeySchema':[{'AttributeName':'Username','KeyType':'HASH'}],"
                + "'AttributeDefinitions':[{'AttributeName':'Username','AttributeType':'S'}],"
                + "'ProvisionedThroughput':{'ReadCapacityUnits':5,'WriteCapacityUnits':5},"
                + "'StreamSpecification':{'StreamEnabled':true,'StreamViewType':'KEYS_ONLY'}}");
        ddb.call("PutItem", "{'TableName':'users','Item':{'Username':{'S':'Fred'}}}");
        ddb.call("PutItem", "{'TableName':'users','Item':{'Username':{'S':'Fred'}}}");
        ddb.call("UpdateItem", "{'TableName':'users','Key':{'Username':{'S':'Fred'}},'UpdateExpression':'SET S = :s',"
                + "'ExpressionAttributeValues':{':s':{'S':'Fred_Modified'}}}");
        ddb.call("DeleteItem", "{'TableName':'users','Key':{'Username':{'S':'Fred'}}}");
        List<JsonNode> records = ddb.streamRecords("users");
        assertEquals(List.of("INSERT", "MODIFY", "REMOVE"), records.stream().map(r -> r.get("eventName").asText()).toList());
        for (JsonNode record : records) {
            assertEquals("aws:dynamodb", record.get("eventSource").asText());
            assertEquals("1.1", record.get("eventVersion").asText());
            assertEquals("us-east-1", record.get("awsRegion").asText());
            JsonNode dynamodb = record.get("dynamodb");
            assertJson("{'Username':{'S':'Fred'}}", dynamodb.get("Keys"));
            assertEquals(12, dynamodb.get("SizeBytes").asInt());
            assertEquals("KEYS_ONLY", dynamodb.get("StreamViewType").asText());
            assertFalse(dynamodb.has("NewImage") || dynamodb.has("OldImage"));
            assertTrue(dynamodb.get("SequenceNumber").asText().length() >= 21);
        }
    }

    @Test
    void newAndOldImagesAsRecordedForBatchWrites() {
        ddb.createStreamTable("users", "NEW_AND_OLD_IMAGES");
        ddb.call("PutItem", "{'TableName':'users','Item':{'id':{'S':'Fred'}}}");
        ddb.call("BatchWriteItem", "{'RequestItems':{'users':[{'PutRequest':{'Item':{'id':{'S':'Fred'}}}},"
                + "{'PutRequest':{'Item':{'id':{'S':'NewKey'}}}}]}}");
        ddb.call("BatchWriteItem", "{'RequestItems':{'users':[{'DeleteRequest':{'Key':{'id':{'S':'NewKey'}}}},"
                + "{'PutRequest':{'Item':{'id':{'S':'Fred'},'name':{'S':'Fred'}}}}]}}");
        List<JsonNode> records = ddb.streamRecords("users");
        assertEquals(4, records.size());
        assertJson("{'ApproximateCreationDateTime':1768471200,'Keys':{'id':{'S':'Fred'}},"
                + "'NewImage':{'id':{'S':'Fred'},'name':{'S':'Fred'}},'OldImage':{'id':{'S':'Fred'}},"
                + "'SequenceNumber':'" + records.get(3).at("/dynamodb/SequenceNumber").asText() + "',"
                + "'SizeBytes':26,'StreamViewType':'NEW_AND_OLD_IMAGES'}", records.get(3).get("dynamodb"));
        assertEquals(16, records.get(2).at("/dynamodb/SizeBytes").asInt());
        assertTrue(records.get(2).get("dynamodb").has("OldImage"));
        assertFalse(records.get(2).get("dynamodb").has("NewImage"));
        BigInteger previous = BigInteger.ZERO;
        for (JsonNode record : records) {
            BigInteger sequence = new BigInteger(record.at("/dynamodb/SequenceNumber").asText());
            assertTrue(sequence.compareTo(previous) > 0);
            previous = sequence;
        }
    }

    @Test
    void transactionsWriteRecordsOnlyForTablesWithStreamsAndChangedItems() {
        ddb.createStreamTable("streamed", "NEW_AND_OLD_IMAGES");
        ddb.createTable("plain");
        ddb.call("TransactWriteItems", "{'TransactItems':[{'Put':{'TableName':'plain','Item':{'id':{'S':'Fred'}}}},"
                + "{'Put':{'TableName':'streamed','Item':{'id':{'S':'Fred'}}}}]}");
        ddb.call("TransactWriteItems", "{'TransactItems':[{'Update':{'TableName':'streamed','Key':{'id':{'S':'Fred'}},"
                + "'UpdateExpression':'SET attr1 = :v','ExpressionAttributeValues':{':v':{'S':'value1'}}}}]}");
        ddb.call("TransactWriteItems", "{'TransactItems':[{'Update':{'TableName':'streamed','Key':{'id':{'S':'Fred'}},"
                + "'UpdateExpression':'SET attr1 = :v','ExpressionAttributeValues':{':v':{'S':'value1'}}}}]}");
        List<JsonNode> records = ddb.streamRecords("streamed");
        assertEquals(List.of("INSERT", "MODIFY"), records.stream().map(r -> r.get("eventName").asText()).toList());
    }
}
