package com.apartmentbooking.local.dynamodb;

import static com.apartmentbooking.local.dynamodb.DynamoDbFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** BatchWriteItem and BatchGetItem: answers, limits, duplicates and schema errors with AWS's texts. */
class BatchOperationsTest {

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
    void batchWriteAppliesPutsAndDeletesAndBatchGetReadsThem() {
        ddb.call("PutItem", "{'TableName':'items','Item':{'id':{'S':'gone'}}}");
        assertJson("{'UnprocessedItems':{}}", ddb.call("BatchWriteItem", "{'RequestItems':{'items':["
                + "{'PutRequest':{'Item':{'id':{'S':'a'},'v':{'N':'1'}}}},"
                + "{'PutRequest':{'Item':{'id':{'S':'b'}}}},{'DeleteRequest':{'Key':{'id':{'S':'gone'}}}}]}}"));
        JsonNode read = ddb.call("BatchGetItem", "{'RequestItems':{'items':{'Keys':[{'id':{'S':'a'}},"
                + "{'id':{'S':'gone'}}],'ProjectionExpression':'v'}}}");
        assertJson("{'items':[{'v':{'N':'1'}}]}", read.get("Responses"));
        assertJson("{}", read.get("UnprocessedKeys"));
    }

    @Test
    void answersStopAt16MegabytesAndTheRestComeBackUnprocessedWithTheirRequest() {
        String payload = "z".repeat(390 * 1024);
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            ddb.call("PutItem", "{'TableName':'items','Item':{'id':{'S':'k" + i + "'},'p':{'S':'" + payload + "'}}}");
            keys.append(i == 0 ? "" : ",").append("{'id':{'S':'k").append(i).append("'}}");
        }
        JsonNode read = ddb.call("BatchGetItem", "{'RequestItems':{'items':{'Keys':[" + keys + "],"
                + "'ConsistentRead':true}}}");
        int returned = read.at("/Responses/items").size();
        JsonNode unprocessed = read.at("/UnprocessedKeys/items");
        assertEquals(42, returned);
        assertEquals(50 - returned, unprocessed.get("Keys").size());
        assertEquals(true, unprocessed.get("ConsistentRead").asBoolean());
    }

    @Test
    void duplicateKeysAreRefused() {
        assertEquals("Provided list of item keys contains duplicates", ddb.error("ValidationException",
                "BatchWriteItem", "{'RequestItems':{'items':[{'PutRequest':{'Item':{'id':{'S':'a'}}}},"
                        + "{'DeleteRequest':{'Key':{'id':{'S':'a'}}}}]}}").getMessage());
        assertEquals("Provided list of item keys contains duplicates", ddb.error("ValidationException",
                "BatchGetItem", "{'RequestItems':{'items':{'Keys':[{'id':{'S':'a'}},{'id':{'S':'a'}}]}}}")
                .getMessage());
    }

    @Test
    void moreThan25WritesForOneTableBreakTheMapValueConstraint() {
        assertEquals("1 validation error detected: Value '{items=[" + puts(0, 26).replace("'", "") + "]}' at "
                + "'requestItems' failed to satisfy constraint: Map value must satisfy constraint: [Member must have "
                + "length less than or equal to 25, Member must have length greater than or equal to 1]",
                ddb.error("com.amazon.coral.validate#ValidationException", "BatchWriteItem",
                        "{'RequestItems':{'items':[" + putsJson(0, 26) + "]}}").getMessage());
    }

    @Test
    void moreThan25WritesOverTwoTablesAreTooManyItems() {
        ddb.createTable("others");
        assertEquals("Too many items requested for the BatchWriteItem call", ddb.error("ValidationException",
                "BatchWriteItem", "{'RequestItems':{'items':[" + putsJson(0, 13) + "],'others':[" + putsJson(13, 26)
                        + "]}}").getMessage());
    }

    /** Puts of items k<from> to k<to - 1> as AWS prints them in a validation text. */
    private static String puts(int from, int to) {
        StringBuilder puts = new StringBuilder();
        for (int i = from; i < to; i++) {
            puts.append(i == from ? "" : ", ").append("{PutRequest={Item={id={S=k").append(i).append("}}}}");
        }
        return puts.toString();
    }

    private static String putsJson(int from, int to) {
        StringBuilder writes = new StringBuilder();
        for (int i = from; i < to; i++) {
            writes.append(i == from ? "" : ",").append("{'PutRequest':{'Item':{'id':{'S':'k").append(i)
                    .append("'}}}}");
        }
        return writes.toString();
    }

    @Test
    void aPutWithoutTheKeyIsASchemaMismatchAsAwsRecorded() {
        assertEquals("The provided key element does not match the schema", ddb.error("ValidationException",
                "BatchWriteItem", "{'RequestItems':{'items':[{'PutRequest':{'Item':{'nonKey':{'S':'x'}}}}]}}")
                .getMessage());
    }
}
