package com.apartmentbooking.local.dynamodb;

import static com.apartmentbooking.local.dynamodb.DynamoDbFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * UpdateTimeToLive/DescribeTimeToLive and the sweeper that deletes expired items on the runtime's clock, by itself
 * when the clock is advanced past an item's time.
 */
class TimeToLiveTest {

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @AfterEach
    void close() {
        ddb.close();
    }

    @Test
    void enablingIsDescribedAndCannotBeRepeated() {
        ddb.createTable("holds");
        assertJson("{'TimeToLiveDescription':{'TimeToLiveStatus':'DISABLED'}}",
                ddb.call("DescribeTimeToLive", "{'TableName':'holds'}"));
        ddb.call("UpdateTimeToLive", "{'TableName':'holds','TimeToLiveSpecification':{'AttributeName':'expires',"
                + "'Enabled':true}}");
        assertJson("{'TimeToLiveDescription':{'TimeToLiveStatus':'ENABLED','AttributeName':'expires'}}",
                ddb.call("DescribeTimeToLive", "{'TableName':'holds'}"));
        assertEquals("TimeToLive is already enabled", ddb.error("ValidationException", "UpdateTimeToLive",
                "{'TableName':'holds','TimeToLiveSpecification':{'AttributeName':'expires','Enabled':true}}")
                .getMessage());
    }

    @Test
    void expiredItemsAreDeletedWithAServiceMarkedRemoveRecord() {
        ddb.createStreamTable("holds", "NEW_AND_OLD_IMAGES");
        ddb.call("UpdateTimeToLive", "{'TableName':'holds','TimeToLiveSpecification':{'AttributeName':'expires',"
                + "'Enabled':true}}");
        long now = ddb.clock.now().getEpochSecond();
        ddb.call("PutItem", "{'TableName':'holds','Item':{'id':{'S':'soon'},'expires':{'N':'" + (now + 60) + "'}}}");
        ddb.call("PutItem", "{'TableName':'holds','Item':{'id':{'S':'later'},'expires':{'N':'" + (now + 600) + "'}}}");
        ddb.call("PutItem", "{'TableName':'holds','Item':{'id':{'S':'never'},'expires':{'S':'not a number'}}}");
        assertEquals(0, ddb.dynamoDb.ttlSweeper().sweep());
        ddb.clock.advance(Duration.ofMinutes(2));
        // The background sweep may get there first; either way the item must be gone after this sweep.
        ddb.dynamoDb.ttlSweeper().sweep();
        assertFalse(ddb.call("GetItem", "{'TableName':'holds','Key':{'id':{'S':'soon'}}}").has("Item"));
        assertTrue(ddb.call("GetItem", "{'TableName':'holds','Key':{'id':{'S':'later'}}}").has("Item"));
        List<JsonNode> records = ddb.streamRecords("holds");
        JsonNode removal = records.get(records.size() - 1);
        assertEquals("REMOVE", removal.get("eventName").asText());
        assertJson("{'PrincipalId':'dynamodb.amazonaws.com','Type':'Service'}", removal.get("userIdentity"));
        assertFalse(records.get(0).has("userIdentity"));
    }

    @Test
    void advancingTheClockExpiresItemsWithoutAnotherCall() {
        ddb.createStreamTable("holds", "NEW_AND_OLD_IMAGES");
        ddb.call("UpdateTimeToLive", "{'TableName':'holds','TimeToLiveSpecification':{'AttributeName':'expires',"
                + "'Enabled':true}}");
        long now = ddb.clock.now().getEpochSecond();
        ddb.call("PutItem", "{'TableName':'holds','Item':{'id':{'S':'soon'},'expires':{'N':'" + (now + 60) + "'}}}");
        ddb.call("PutItem", "{'TableName':'holds','Item':{'id':{'S':'later'},'expires':{'N':'" + (now + 600) + "'}}}");
        ddb.clock.advance(Duration.ofSeconds(59));
        assertTrue(ddb.call("GetItem", "{'TableName':'holds','Key':{'id':{'S':'soon'}}}").has("Item"));

        ddb.clock.advance(Duration.ofSeconds(2));
        assertFalse(ddb.call("GetItem", "{'TableName':'holds','Key':{'id':{'S':'soon'}}}").has("Item"));
        assertTrue(ddb.call("GetItem", "{'TableName':'holds','Key':{'id':{'S':'later'}}}").has("Item"));
        JsonNode removal = ddb.streamRecords("holds").get(2);
        assertEquals("REMOVE", removal.get("eventName").asText());
        assertEquals("soon", removal.at("/dynamodb/Keys/id/S").asText());
        assertJson("{'PrincipalId':'dynamodb.amazonaws.com','Type':'Service'}", removal.get("userIdentity"));

        ddb.clock.advance(Duration.ofMinutes(10));
        assertFalse(ddb.call("GetItem", "{'TableName':'holds','Key':{'id':{'S':'later'}}}").has("Item"));
    }

    @Test
    void enablingTimeToLiveExpiresItemsAlreadyPastASecondLater() {
        ddb.createTable("holds");
        long past = ddb.clock.now().getEpochSecond() - 60;
        ddb.call("PutItem", "{'TableName':'holds','Item':{'id':{'S':'old'},'expires':{'N':'" + past + "'}}}");
        ddb.call("UpdateTimeToLive", "{'TableName':'holds','TimeToLiveSpecification':{'AttributeName':'expires',"
                + "'Enabled':true}}");
        ddb.clock.advance(Duration.ofSeconds(1));
        assertFalse(ddb.call("GetItem", "{'TableName':'holds','Key':{'id':{'S':'old'}}}").has("Item"));
    }
}
