package com.apartmentbooking.local.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CreateTable and UpdateTable refuse what DynamoDB refuses, with its texts, and check what needs no table before
 * they look at the table (an existing name for CreateTable, a missing one for UpdateTable).
 */
class TableRequestChecksTest {

    private static final String HASH_A = "'KeySchema':[{'AttributeName':'a','KeyType':'HASH'}]";
    private static final String RANGE_AB = "'KeySchema':[{'AttributeName':'a','KeyType':'HASH'},"
            + "{'AttributeName':'b','KeyType':'RANGE'}]";
    private static final String DEFINE_AB = "'AttributeDefinitions':[{'AttributeName':'a','AttributeType':'S'},"
            + "{'AttributeName':'b','AttributeType':'S'}]";
    private static final String ON_DEMAND = "'BillingMode':'PAY_PER_REQUEST'";
    private static final String LSI_AB = "'KeySchema':[{'AttributeName':'a','KeyType':'HASH'},"
            + "{'AttributeName':'b','KeyType':'RANGE'}],'Projection':{'ProjectionType':'ALL'}";

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @AfterEach
    void close() {
        ddb.close();
    }

    private String validation(String operation, String json) {
        return ddb.error("ValidationException", operation, json).getMessage();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(value = {
            HASH_A + ",'AttributeDefinitions':[{'AttributeName':'a','AttributeType':'S'}]," + ON_DEMAND
                    + ",'ProvisionedThroughput':{'ReadCapacityUnits':1,'WriteCapacityUnits':1}"
                    + "|One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can "
                    + "be specified when BillingMode is PAY_PER_REQUEST",
            HASH_A + ",'AttributeDefinitions':[{'AttributeName':'a','AttributeType':'S'}]"
                    + "|One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both "
                    + "be specified when BillingMode is PROVISIONED",
            HASH_A + ",'AttributeDefinitions':[{'AttributeName':'a','AttributeType':'S'}],'ProvisionedThroughput':"
                    + "{'ReadCapacityUnits':1000000000001,'WriteCapacityUnits':1000000000001}"
                    + "|Given value 1000000000001 for ReadCapacityUnits is out of bounds",
            RANGE_AB + ",'AttributeDefinitions':[{'AttributeName':'a','AttributeType':'S'}]," + ON_DEMAND
                    + "|Invalid KeySchema: Some index key attribute have no definition",
            HASH_A + ",'AttributeDefinitions':[{'AttributeName':'b','AttributeType':'S'}]," + ON_DEMAND
                    + "|One or more parameter values were invalid: Some index key attributes are not defined in "
                    + "AttributeDefinitions. Keys: [a], AttributeDefinitions: [b]",
            "'KeySchema':[{'AttributeName':'a','KeyType':'HASH'},{'AttributeName':'a','KeyType':'RANGE'}],"
                    + DEFINE_AB + "," + ON_DEMAND
                    + "|Both the Hash Key and the Range Key element in the KeySchema have the same name",
            "'KeySchema':[{'AttributeName':'a','KeyType':'RANGE'}],'AttributeDefinitions':[{'AttributeName':'a',"
                    + "'AttributeType':'S'}]," + ON_DEMAND
                    + "|Invalid KeySchema: The first KeySchemaElement is not a HASH key type",
            HASH_A + "," + DEFINE_AB + "," + ON_DEMAND + "|One or more parameter values were invalid: Number of "
                    + "attributes in KeySchema does not exactly match number of attributes defined in "
                    + "AttributeDefinitions",
            RANGE_AB + "," + DEFINE_AB + "," + ON_DEMAND + ",'LocalSecondaryIndexes':[]"
                    + "|One or more parameter values were invalid: List of LocalSecondaryIndexes is empty",
            HASH_A + "," + DEFINE_AB + "," + ON_DEMAND + ",'LocalSecondaryIndexes':[{'IndexName':'lsi'," + LSI_AB
                    + "}]|One or more parameter values were invalid: Table KeySchema does not have a range key, which "
                    + "is required when specifying a LocalSecondaryIndex",
            RANGE_AB + "," + DEFINE_AB + "," + ON_DEMAND + ",'LocalSecondaryIndexes':[{'IndexName':'lsi',"
                    + "'KeySchema':[{'AttributeName':'a','KeyType':'HASH'},{'AttributeName':'b','KeyType':'RANGE'}],"
                    + "'Projection':{}}]|One or more parameter values were invalid: Unknown ProjectionType: null",
            RANGE_AB + "," + DEFINE_AB + "," + ON_DEMAND + ",'LocalSecondaryIndexes':[{'IndexName':'lsi',"
                    + "'KeySchema':[{'AttributeName':'a','KeyType':'HASH'}],'Projection':{'ProjectionType':'ALL'}}]"
                    + "|One or more parameter values were invalid: Index KeySchema does not have a range key for "
                    + "index: lsi",
            RANGE_AB + "," + DEFINE_AB + "," + ON_DEMAND + ",'GlobalSecondaryIndexes':[]"
                    + "|One or more parameter values were invalid: List of GlobalSecondaryIndexes is empty",
            RANGE_AB + "," + DEFINE_AB + "," + ON_DEMAND + ",'GlobalSecondaryIndexes':[{'IndexName':'gsi',"
                    + "'KeySchema':[{'AttributeName':'b','KeyType':'HASH'}],'Projection':{'ProjectionType':'ALL'},"
                    + "'ProvisionedThroughput':{'ReadCapacityUnits':1,'WriteCapacityUnits':1}}]|One or more parameter "
                    + "values were invalid: ProvisionedThroughput should not be specified for index: gsi when "
                    + "BillingMode is PAY_PER_REQUEST",
            RANGE_AB + "," + DEFINE_AB + "," + ON_DEMAND + ",'LocalSecondaryIndexes':[{'IndexName':'idx'," + LSI_AB
                    + "}],'GlobalSecondaryIndexes':[{'IndexName':'idx','KeySchema':[{'AttributeName':'b',"
                    + "'KeyType':'HASH'}],'Projection':{'ProjectionType':'ALL'}}]"
                    + "|One or more parameter values were invalid: Duplicate index name: idx"
    }, delimiter = '|')
    void createTableRefusesBeforeLookingForTheName(String members, String message) {
        ddb.createTable("taken");
        assertEquals(message, validation("CreateTable", "{'TableName':'taken'," + members + "}"));
    }

    @Test
    void anAttributeIsDefinedOnce() {
        assertEquals("Cannot have two attributes with the same name", validation("CreateTable", "{'TableName':'twice',"
                + HASH_A + ",'AttributeDefinitions':[{'AttributeName':'a','AttributeType':'S'},{'AttributeName':'a',"
                + "'AttributeType':'N'}]," + ON_DEMAND + "}"));
    }

    @Test
    void createTableCountsLocalIndexes() {
        StringBuilder indexes = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            indexes.append(i == 0 ? "" : ",").append("{'IndexName':'lsi").append(i).append("',").append(LSI_AB)
                    .append('}');
        }
        assertEquals("One or more parameter values were invalid: Number of LocalSecondaryIndexes exceeds per-table "
                + "limit of 5", validation("CreateTable", "{'TableName':'many'," + RANGE_AB + "," + DEFINE_AB + ","
                + ON_DEMAND + ",'LocalSecondaryIndexes':[" + indexes + "]}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
            "{'TableName':'missing'}|At least one of ProvisionedThroughput, UpdateStreamEnabled or "
                    + "GlobalSecondaryIndexUpdates is required",
            "{'TableName':'missing','GlobalSecondaryIndexUpdates':[]}|At least one of ProvisionedThroughput, "
                    + "UpdateStreamEnabled or GlobalSecondaryIndexUpdates is required",
            "{'TableName':'missing','ProvisionedThroughput':{'ReadCapacityUnits':1000000000000,"
                    + "'WriteCapacityUnits':1000000000001}}|Given value 1000000000001 for WriteCapacityUnits is out "
                    + "of bounds",
            "{'TableName':'missing','GlobalSecondaryIndexUpdates':[{}]}|One or more parameter values were invalid: "
                    + "One of GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create, "
                    + "GlobalSecondaryIndexUpdate.Delete must not be null",
            "{'TableName':'missing','GlobalSecondaryIndexUpdates':[{'Delete':{'IndexName':'abc'}},"
                    + "{'Delete':{'IndexName':'abc'}}]}|One or more parameter values were invalid: Only one global "
                    + "secondary index update per index is allowed simultaneously. Index: abc",
            "{'TableName':'missing','GlobalSecondaryIndexUpdates':[{'Update':{'IndexName':'abc',"
                    + "'ProvisionedThroughput':{'ReadCapacityUnits':1000000000001,'WriteCapacityUnits':1}}}]}"
                    + "|Given value 1000000000001 for ReadCapacityUnits is out of bounds for index abc"
    }, delimiter = '|')
    void updateTableRefusesBeforeLookingUpTheTable(String request, String message) {
        assertEquals(message, validation("UpdateTable", request));
    }

    @Test
    void timeToLiveAndTagsAreCheckedBeforeTheTable() {
        assertEquals("TimeToLiveSpecification.AttributeName must be non empty", validation("UpdateTimeToLive",
                "{'TableName':'missing','TimeToLiveSpecification':{'AttributeName':'','Enabled':true}}"));
        String arn = "arn:aws:dynamodb:us-east-1:000000000000:table/missing";
        assertEquals("Atleast one Tag needs to be provided as Input.",
                validation("TagResource", "{'ResourceArn':'" + arn + "','Tags':[]}"));
        assertEquals("Atleast one Tag Key needs to be provided as Input.",
                validation("UntagResource", "{'ResourceArn':'" + arn + "','TagKeys':[]}"));
        ddb.error("ResourceNotFoundException", "TagResource", "{'ResourceArn':'" + arn + "','Tags':[{'Key':'k',"
                + "'Value':'v'}]}");
    }

    @Test
    void anIndexAddedToAnOnDemandTableTakesNoThroughput() {
        ddb.createTable("demand");
        assertEquals("One or more parameter values were invalid: ProvisionedThroughput should not be specified for "
                + "index: byX when BillingMode is PAY_PER_REQUEST", validation("UpdateTable", "{'TableName':'demand',"
                + "'AttributeDefinitions':[{'AttributeName':'x','AttributeType':'S'}],'GlobalSecondaryIndexUpdates':"
                + "[{'Create':{'IndexName':'byX','KeySchema':[{'AttributeName':'x','KeyType':'HASH'}],'Projection':"
                + "{'ProjectionType':'ALL'},'ProvisionedThroughput':{'ReadCapacityUnits':1,'WriteCapacityUnits':1}}}]}"));
    }

    @Test
    void updateTableOfAMissingTableIsNotFoundOnceTheRequestIsValid() {
        assertEquals("Requested resource not found: Table: missing not found", ddb.error("ResourceNotFoundException",
                "UpdateTable", "{'TableName':'missing','BillingMode':'PAY_PER_REQUEST'}").getMessage());
    }

    @Test
    void updateTableRefusesThroughputEqualToTheCurrentOne() {
        ddb.call("CreateTable", "{'TableName':'fixed'," + RANGE_AB + "," + DEFINE_AB + ",'ProvisionedThroughput':"
                + "{'ReadCapacityUnits':5,'WriteCapacityUnits':7},'GlobalSecondaryIndexes':[{'IndexName':'byB',"
                + "'KeySchema':[{'AttributeName':'b','KeyType':'HASH'}],'Projection':{'ProjectionType':'ALL'},"
                + "'ProvisionedThroughput':{'ReadCapacityUnits':2,'WriteCapacityUnits':3}}]}");
        assertEquals("The provisioned throughput for the table will not change. The requested value equals the "
                + "current value. Current ReadCapacityUnits provisioned for the table: 5. Requested ReadCapacityUnits: "
                + "5. Current WriteCapacityUnits provisioned for the table: 7. Requested WriteCapacityUnits: 7. Refer "
                + "to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.",
                validation("UpdateTable", "{'TableName':'fixed','ProvisionedThroughput':{'ReadCapacityUnits':5,"
                        + "'WriteCapacityUnits':7}}"));
        ddb.call("UpdateTable", "{'TableName':'fixed','GlobalSecondaryIndexUpdates':[{'Update':"
                + "{'IndexName':'byB','ProvisionedThroughput':{'ReadCapacityUnits':4,'WriteCapacityUnits':3}}}]}");
        // The answer shows the table UPDATING with its old values; the new ones show once the update is done.
        JsonNode index = ddb.call("DescribeTable", "{'TableName':'fixed'}")
                .at("/Table/GlobalSecondaryIndexes/0/ProvisionedThroughput");
        assertEquals(4, index.get("ReadCapacityUnits").asInt());
        assertEquals(3, index.get("WriteCapacityUnits").asInt());
    }
}
