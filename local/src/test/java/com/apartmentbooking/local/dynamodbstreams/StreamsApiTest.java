package com.apartmentbooking.local.dynamodbstreams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.dynamodb.DynamoDbFixture;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ListStreams, DescribeStream, GetShardIterator (all four types) and GetRecords paging, with AWS's errors, and the
 * stream a deleted table leaves for 24 hours.
 */
class StreamsApiTest {

    private final DynamoDbFixture ddb = new DynamoDbFixture();
    private String streamArn;
    private String shardId;

    @BeforeEach
    void streamWithThreeRecords() {
        ddb.createStreamTable("users", "NEW_IMAGE");
        for (String id : new String[] {"a", "b", "c"}) {
            ddb.call("PutItem", "{'TableName':'users','Item':{'id':{'S':'" + id + "'}}}");
        }
        streamArn = ddb.call("DescribeTable", "{'TableName':'users'}").at("/Table/LatestStreamArn").asText();
        shardId = ddb.streams("DescribeStream", "{'StreamArn':'" + streamArn + "'}")
                .at("/StreamDescription/Shards/0/ShardId").asText();
    }

    @AfterEach
    void close() {
        ddb.close();
    }

    @Test
    void listAndDescribeShowTheStreamAndItsShard() {
        JsonNode stream = ddb.streams("ListStreams", "{}").at("/Streams/0");
        assertEquals(streamArn, stream.get("StreamArn").asText());
        assertEquals("users", stream.get("TableName").asText());
        JsonNode description = ddb.streams("DescribeStream", "{'StreamArn':'" + streamArn + "'}")
                .get("StreamDescription");
        assertEquals("ENABLED", description.get("StreamStatus").asText());
        assertEquals("NEW_IMAGE", description.get("StreamViewType").asText());
        assertTrue(shardId.matches("shardId-\\d{20}-[0-9a-f]{8}"), shardId);
        assertTrue(description.at("/Shards/0/SequenceNumberRange").has("StartingSequenceNumber"));
    }

    @Test
    void iteratorTypesStartWhereAwsSays() {
        JsonNode all = records("TRIM_HORIZON", null, 2);
        assertEquals(2, all.get("Records").size());
        JsonNode rest = ddb.streams("GetRecords", "{'ShardIterator':'" + all.get("NextShardIterator").asText() + "'}");
        assertEquals("c", rest.at("/Records/0/dynamodb/Keys/id/S").asText());
        String second = all.at("/Records/1/dynamodb/SequenceNumber").asText();
        assertEquals("b", records("AT_SEQUENCE_NUMBER", second, 10).at("/Records/0/dynamodb/Keys/id/S").asText());
        assertEquals("c", records("AFTER_SEQUENCE_NUMBER", second, 10).at("/Records/0/dynamodb/Keys/id/S").asText());
        JsonNode latest = records("LATEST", null, 10);
        assertEquals(0, latest.get("Records").size());
        ddb.call("PutItem", "{'TableName':'users','Item':{'id':{'S':'d'}}}");
        JsonNode fresh = ddb.streams("GetRecords", "{'ShardIterator':'" + latest.get("NextShardIterator").asText() + "'}");
        assertEquals("d", fresh.at("/Records/0/dynamodb/NewImage/id/S").asText());
    }

    @Test
    void unknownStreamsAndStaleIteratorsAreRefused() {
        String missing = "arn:aws:dynamodb:us-east-1:000000000000:table/nope/stream/2024-11-18T14:36:44.149";
        assertEquals("Requested resource not found: Stream: " + missing + " not found",
                ddb.streamsError("ResourceNotFoundException", "DescribeStream", "{'StreamArn':'" + missing + "'}")
                        .getMessage());
        ddb.streamsError("ValidationException", "GetRecords", "{'ShardIterator':'garbage'}");
        String iterator = ddb.streams("GetShardIterator", "{'StreamArn':'" + streamArn + "','ShardId':'" + shardId
                + "','ShardIteratorType':'TRIM_HORIZON'}").get("ShardIterator").asText();
        ddb.clock.advance(Duration.ofMinutes(16));
        ddb.streamsError("ExpiredIteratorException", "GetRecords", "{'ShardIterator':'" + iterator + "'}");
    }

    @Test
    void aDisabledStreamClosesItsShard() {
        ddb.call("UpdateTable", "{'TableName':'users','StreamSpecification':{'StreamEnabled':false}}");
        JsonNode description = ddb.streams("DescribeStream", "{'StreamArn':'" + streamArn + "'}")
                .get("StreamDescription");
        assertEquals("DISABLED", description.get("StreamStatus").asText());
        assertTrue(description.at("/Shards/0/SequenceNumberRange").has("EndingSequenceNumber"));
        JsonNode all = records("TRIM_HORIZON", null, 10);
        assertEquals(3, all.get("Records").size());
        JsonNode end = ddb.streams("GetRecords", "{'ShardIterator':'" + all.get("NextShardIterator").asText() + "'}");
        assertFalse(end.has("NextShardIterator"));
    }

    @Test
    void recordsOlderThanADayAreTrimmed() {
        ddb.clock.advance(Duration.ofHours(23));
        ddb.call("PutItem", "{'TableName':'users','Item':{'id':{'S':'d'}}}");
        ddb.clock.advance(Duration.ofHours(2));
        ddb.dynamoDb.streamRetention().trim();
        JsonNode remaining = records("TRIM_HORIZON", null, 10);
        assertEquals(1, remaining.get("Records").size());
        assertEquals("d", remaining.at("/Records/0/dynamodb/Keys/id/S").asText());
    }

    @Test
    void aDeletedTablesStreamStaysReadableForADayBesideTheNewTablesStream() {
        String last = records("TRIM_HORIZON", null, 10).at("/Records/2/dynamodb/SequenceNumber").asText();
        ddb.call("DeleteTable", "{'TableName':'users'}");
        JsonNode description = ddb.streams("DescribeStream", "{'StreamArn':'" + streamArn + "'}")
                .get("StreamDescription");
        assertEquals("DISABLED", description.get("StreamStatus").asText());
        assertEquals(last, description.at("/Shards/0/SequenceNumberRange/EndingSequenceNumber").asText());
        JsonNode all = records("TRIM_HORIZON", null, 10);
        assertEquals(3, all.get("Records").size());
        JsonNode end = ddb.streams("GetRecords", "{'ShardIterator':'" + all.get("NextShardIterator").asText() + "'}");
        assertFalse(end.has("NextShardIterator"));
        assertEquals(streamArn, ddb.streams("ListStreams", "{'TableName':'users'}").at("/Streams/0/StreamArn")
                .asText());

        // The test clock stands still: the new stream still gets an ARN of its own.
        ddb.createStreamTable("users", "NEW_IMAGE");
        ddb.call("PutItem", "{'TableName':'users','Item':{'id':{'S':'d'}}}");
        String newArn = ddb.call("DescribeTable", "{'TableName':'users'}").at("/Table/LatestStreamArn").asText();
        assertNotEquals(streamArn, newArn);
        JsonNode listed = ddb.streams("ListStreams", "{'TableName':'users'}").get("Streams");
        assertEquals(2, listed.size());
        assertEquals(streamArn, listed.at("/0/StreamArn").asText());
        assertEquals(newArn, listed.at("/1/StreamArn").asText());
        assertEquals(newArn, ddb.streams("ListStreams", "{'ExclusiveStartStreamArn':'" + streamArn + "'}")
                .at("/Streams/0/StreamArn").asText());
        assertEquals(List.of("d"), ddb.streamRecords("users").stream()
                .map(record -> record.at("/dynamodb/Keys/id/S").asText()).toList());
        assertEquals(3, records("TRIM_HORIZON", null, 10).get("Records").size());

        ddb.clock.advance(Duration.ofHours(23));
        ddb.dynamoDb.streamRetention().trim();
        assertEquals(3, records("TRIM_HORIZON", null, 10).get("Records").size());
        ddb.clock.advance(Duration.ofHours(2));
        ddb.dynamoDb.streamRetention().trim();
        ddb.streamsError("ResourceNotFoundException", "DescribeStream", "{'StreamArn':'" + streamArn + "'}");
        JsonNode remaining = ddb.streams("ListStreams", "{}").get("Streams");
        assertEquals(1, remaining.size());
        assertEquals(newArn, remaining.at("/0/StreamArn").asText());
    }

    private JsonNode records(String type, String sequenceNumber, int limit) {
        String iterator = ddb.streams("GetShardIterator", "{'StreamArn':'" + streamArn + "','ShardId':'" + shardId
                + "','ShardIteratorType':'" + type + "'" + (sequenceNumber == null ? ""
                : ",'SequenceNumber':'" + sequenceNumber + "'") + "}").get("ShardIterator").asText();
        return ddb.streams("GetRecords", "{'ShardIterator':'" + iterator + "','Limit':" + limit + "}");
    }
}
