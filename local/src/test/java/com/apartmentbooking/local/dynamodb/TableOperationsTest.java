package com.apartmentbooking.local.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CreateTable, DescribeTable, ListTables, UpdateTable and DeleteTable, with the shapes and texts AWS recorded. */
class TableOperationsTest {

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @AfterEach
    void close() {
        ddb.close();
    }

    @Test
    void createTableDescribesTheTableAsAwsDoes() {
        JsonNode description = ddb.call("CreateTable", "{'TableName':'orders',"
                + "'KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],"
                + "'AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'}],"
                + "'ProvisionedThroughput':{'ReadCapacityUnits':5,'WriteCapacityUnits':5}}").get("TableDescription");
        assertEquals("arn:aws:dynamodb:us-east-1:000000000000:table/orders", description.get("TableArn").asText());
        DynamoDbFixture.assertJson("{'NumberOfDecreasesToday':0,'ReadCapacityUnits':5,'WriteCapacityUnits':5}",
                description.get("ProvisionedThroughput"));
        DynamoDbFixture.assertJson("[{'AttributeName':'id','KeyType':'HASH'}]", description.get("KeySchema"));
        assertEquals(0, description.get("ItemCount").asInt());
        assertFalse(description.get("DeletionProtectionEnabled").asBoolean());
        assertFalse(description.has("BillingModeSummary"));
        JsonNode table = ddb.call("DescribeTable", "{'TableName':'orders'}").get("Table");
        assertEquals("ACTIVE", table.get("TableStatus").asText());
        assertEquals(description.get("TableId"), table.get("TableId"));
    }

    @Test
    void onDemandTablesReportZeroThroughputAndTheBillingModeSummary() {
        ddb.createTable("orders");
        JsonNode table = ddb.call("DescribeTable", "{'TableName':'orders'}").get("Table");
        assertEquals("PAY_PER_REQUEST", table.at("/BillingModeSummary/BillingMode").asText());
        assertEquals(0, table.at("/ProvisionedThroughput/ReadCapacityUnits").asInt());
    }

    @Test
    void duplicateTableIsResourceInUse() {
        ddb.createTable("orders");
        assertEquals("Table already exists: orders", ddb.error("ResourceInUseException", "CreateTable",
                "{'TableName':'orders','KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],"
                        + "'AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'}],"
                        + "'BillingMode':'PAY_PER_REQUEST'}").getMessage());
    }

    @Test
    void payPerRequestWithThroughputIsRefusedWithAwsText() {
        assertEquals("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits "
                + "can be specified when BillingMode is PAY_PER_REQUEST", ddb.error("ValidationException",
                "CreateTable", "{'TableName':'orders','KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],"
                        + "'AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'}],"
                        + "'BillingMode':'PAY_PER_REQUEST',"
                        + "'ProvisionedThroughput':{'ReadCapacityUnits':5,'WriteCapacityUnits':5}}").getMessage());
    }

    @Test
    void keyAttributesMustBeDefinedAndDefinitionsMustAllBeKeys() {
        assertEquals("One or more parameter values were invalid: Some index key attributes are not defined in "
                + "AttributeDefinitions. Keys: [id], AttributeDefinitions: [other]", ddb.error("ValidationException",
                "CreateTable", "{'TableName':'orders','KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],"
                        + "'AttributeDefinitions':[{'AttributeName':'other','AttributeType':'S'}],"
                        + "'BillingMode':'PAY_PER_REQUEST'}").getMessage());
        assertEquals("One or more parameter values were invalid: Number of attributes in KeySchema does not exactly "
                + "match number of attributes defined in AttributeDefinitions", ddb.error("ValidationException",
                "CreateTable", "{'TableName':'orders','KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],"
                        + "'AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'},"
                        + "{'AttributeName':'extra','AttributeType':'S'}],'BillingMode':'PAY_PER_REQUEST'}")
                .getMessage());
    }

    @Test
    void secondaryIndexesAreDescribedWithTheirProjections() {
        JsonNode description = ddb.call("CreateTable", "{'TableName':'bookings',"
                + "'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'},{'AttributeName':'sk','KeyType':'RANGE'}],"
                + "'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'},"
                + "{'AttributeName':'sk','AttributeType':'S'},{'AttributeName':'status','AttributeType':'S'},"
                + "{'AttributeName':'at','AttributeType':'N'}],'BillingMode':'PAY_PER_REQUEST',"
                + "'GlobalSecondaryIndexes':[{'IndexName':'byStatus','KeySchema':[{'AttributeName':'status',"
                + "'KeyType':'HASH'}],'Projection':{'ProjectionType':'INCLUDE','NonKeyAttributes':['guest']}}],"
                + "'LocalSecondaryIndexes':[{'IndexName':'byTime','KeySchema':[{'AttributeName':'pk','KeyType':"
                + "'HASH'},{'AttributeName':'at','KeyType':'RANGE'}],'Projection':{'ProjectionType':'KEYS_ONLY'}}]}")
                .get("TableDescription");
        JsonNode gsi = description.at("/GlobalSecondaryIndexes/0");
        assertEquals("arn:aws:dynamodb:us-east-1:000000000000:table/bookings/index/byStatus",
                gsi.get("IndexArn").asText());
        assertEquals("CREATING", gsi.get("IndexStatus").asText(), "the table's indexes are created with it");
        assertEquals("guest", gsi.at("/Projection/NonKeyAttributes/0").asText());
        assertEquals("KEYS_ONLY", description.at("/LocalSecondaryIndexes/0/Projection/ProjectionType").asText());
    }

    @Test
    void listTablesPagesByName() {
        for (String name : new String[] {"ccc", "aaa", "bbb"}) {
            ddb.createTable(name);
        }
        JsonNode first = ddb.call("ListTables", "{'Limit':2}");
        DynamoDbFixture.assertJson("['aaa','bbb']", first.get("TableNames"));
        assertEquals("bbb", first.get("LastEvaluatedTableName").asText());
        JsonNode second = ddb.call("ListTables", "{'Limit':2,'ExclusiveStartTableName':'bbb'}");
        DynamoDbFixture.assertJson("['ccc']", second.get("TableNames"));
        assertFalse(second.has("LastEvaluatedTableName"));
    }

    @Test
    void deleteTableAnswersDeletingAndMissingTablesAreNamed() {
        ddb.createTable("orders");
        assertEquals("DELETING", ddb.call("DeleteTable", "{'TableName':'orders'}")
                .at("/TableDescription/TableStatus").asText());
        assertEquals("Requested resource not found: Table: orders not found",
                ddb.error("ResourceNotFoundException", "DescribeTable", "{'TableName':'orders'}").getMessage());
        assertEquals("Requested resource not found: Table: non-existent not found",
                ddb.error("ResourceNotFoundException", "DeleteTable", "{'TableName':'non-existent'}").getMessage());
    }

    @Test
    void updateTableEnablesStreamsAndAddsAndRemovesGlobalIndexes() {
        ddb.createTable("orders");
        JsonNode withStream = ddb.call("UpdateTable", "{'TableName':'orders','StreamSpecification':"
                + "{'StreamEnabled':true,'StreamViewType':'NEW_IMAGE'}}").get("TableDescription");
        assertTrue(withStream.get("LatestStreamArn").asText()
                .startsWith("arn:aws:dynamodb:us-east-1:000000000000:table/orders/stream/2026-01-15T10:00:00.123"));
        JsonNode withIndex = ddb.call("UpdateTable", "{'TableName':'orders','AttributeDefinitions':["
                + "{'AttributeName':'id','AttributeType':'S'},{'AttributeName':'guest','AttributeType':'S'}],"
                + "'GlobalSecondaryIndexUpdates':[{'Create':{'IndexName':'byGuest','KeySchema':[{'AttributeName':"
                + "'guest','KeyType':'HASH'}],'Projection':{'ProjectionType':'ALL'}}}]}").get("TableDescription");
        assertEquals("byGuest", withIndex.at("/GlobalSecondaryIndexes/0/IndexName").asText());
        assertEquals("CREATING", withIndex.at("/GlobalSecondaryIndexes/0/IndexStatus").asText());
        JsonNode withoutIndex = ddb.call("UpdateTable", "{'TableName':'orders','GlobalSecondaryIndexUpdates':"
                + "[{'Delete':{'IndexName':'byGuest'}}]}").get("TableDescription");
        assertEquals("DELETING", withoutIndex.at("/GlobalSecondaryIndexes/0/IndexStatus").asText());
        assertFalse(ddb.call("DescribeTable", "{'TableName':'orders'}").get("Table").has("GlobalSecondaryIndexes"));
        JsonNode streamOff = ddb.call("UpdateTable", "{'TableName':'orders','StreamSpecification':"
                + "{'StreamEnabled':false}}").get("TableDescription");
        assertFalse(streamOff.has("StreamSpecification"));
    }
}
