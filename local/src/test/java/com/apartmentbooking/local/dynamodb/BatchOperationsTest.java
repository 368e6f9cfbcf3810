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
    void moreThan25WritesAreRefused() {
        StringBuilder writes = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            writes.append(i == 0 ? "" : ",").append("{'PutRequest':{'Item':{'id':{'S':'k").append(i).append("'}}}}");
        }
        assertEquals("Too many items requested for the BatchWriteItem call", ddb.error("ValidationException",
                "BatchWriteItem", "{'RequestItems':{'items':[" + writes + "]}}").getMessage());
    }

    @Test
    void aPutWithoutTheKeyIsASchemaMismatchAsAwsRecorded() {
        assertEquals("The provided key element does not match the schema", ddb.error("ValidationException",
                "BatchWriteItem", "{'RequestItems':{'items':[{'PutRequest':{'Item':{'nonKey':{'S':'x'}}}}]}}")
                .getMessage());
    }
}
