package com.apartmentbooking.local.dynamodb;

import static com.apartmentbooking.local.dynamodb.DynamoDbFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Query and Scan: key conditions, order, filters, indexes, pagination, COUNT and parallel segments. */
class QueryAndScanTest {

    private final DynamoDbFixture ddb = new DynamoDbFixture();

    @BeforeEach
    void tableWithItems() {
        ddb.call("CreateTable", "{'TableName':'events',"
                + "'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'},{'AttributeName':'sk','KeyType':'RANGE'}],"
                + "'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'},"
                + "{'AttributeName':'sk','AttributeType':'N'},{'AttributeName':'kind','AttributeType':'S'}],"
                + "'BillingMode':'PAY_PER_REQUEST','GlobalSecondaryIndexes':[{'IndexName':'byKind','KeySchema':"
                + "[{'AttributeName':'kind','KeyType':'HASH'}],'Projection':{'ProjectionType':'KEYS_ONLY'}}]}");
        for (int i = 1; i <= 10; i++) {
            ddb.call("PutItem", "{'TableName':'events','Item':{'pk':{'S':'a'},'sk':{'N':'" + i + "'},"
                    + "'kind':{'S':'" + (i % 2 == 0 ? "even" : "odd") + "'},'extra':{'S':'x'}}}");
        }
        ddb.call("PutItem", "{'TableName':'events','Item':{'pk':{'S':'b'},'sk':{'N':'1'}}}");
    }

    @AfterEach
    void close() {
        ddb.close();
    }

    @Test
    void queryReadsOnePartitionInNumericSortKeyOrder() {
        JsonNode page = ddb.call("Query", "{'TableName':'events','KeyConditionExpression':'pk = :a AND sk >= :lo',"
                + "'ExpressionAttributeValues':{':a':{'S':'a'},':lo':{'N':'9'}}}");
        assertEquals(2, page.get("Count").asInt());
        assertEquals("9", page.at("/Items/0/sk/N").asText());
        assertEquals("10", page.at("/Items/1/sk/N").asText());
    }

    @Test
    void keyValuesOfTheWrongTypeAreRefused() {
        assertEquals("One or more parameter values were invalid: Condition parameter type does not match schema type",
                ddb.error("ValidationException", "Query", "{'TableName':'events','KeyConditionExpression':"
                        + "'pk = :a AND sk > :s','ExpressionAttributeValues':{':a':{'S':'a'},':s':{'S':'1'}}}")
                        .getMessage());
    }

    @Test
    void queryBackwardsWithLimitPagesThroughWithLastEvaluatedKey() {
        List<String> seen = new ArrayList<>();
        String start = "";
        while (true) {
            JsonNode page = ddb.call("Query", "{'TableName':'events','KeyConditionExpression':'pk = :a',"
                    + "'ExpressionAttributeValues':{':a':{'S':'a'}},'ScanIndexForward':false,'Limit':4" + start + "}");
            page.get("Items").forEach(item -> seen.add(item.at("/sk/N").asText()));
            if (!page.has("LastEvaluatedKey")) {
                break;
            }
            start = ",'ExclusiveStartKey':" + page.get("LastEvaluatedKey");
        }
        assertEquals(List.of("10", "9", "8", "7", "6", "5", "4", "3", "2", "1"), seen);
    }

    @Test
    void filterCountsScannedAndMatchedSeparately() {
        JsonNode page = ddb.call("Query", "{'TableName':'events','KeyConditionExpression':'pk = :a',"
                + "'FilterExpression':'kind = :even','ExpressionAttributeValues':{':a':{'S':'a'},"
                + "':even':{'S':'even'}},'Select':'COUNT'}");
        assertEquals(5, page.get("Count").asInt());
        assertEquals(10, page.get("ScannedCount").asInt());
        assertFalse(page.has("Items"));
    }

    @Test
    void globalIndexQueryReturnsProjectedAttributesAndIndexKeys() {
        JsonNode page = ddb.call("Query", "{'TableName':'events','IndexName':'byKind','KeyConditionExpression':"
                + "'kind = :k','ExpressionAttributeValues':{':k':{'S':'odd'}},'Limit':1}");
        assertEquals(1, page.get("Count").asInt());
        assertFalse(page.at("/Items/0").has("extra"));
        // Items with equal index keys come in the order of their table keys' hash: (a, 3) before (a, 1).
        assertJson("{'pk':{'S':'a'},'sk':{'N':'3'},'kind':{'S':'odd'}}", page.get("LastEvaluatedKey"));
        assertEquals("The table does not have the specified index: nope", ddb.error("ValidationException", "Query",
                "{'TableName':'events','IndexName':'nope','KeyConditionExpression':'kind = :k',"
                        + "'ExpressionAttributeValues':{':k':{'S':'odd'}}}").getMessage());
    }

    @Test
    void indexQueriesFollowItemChangesAndNewIndexesCoverExistingItems() {
        ddb.call("UpdateItem", "{'TableName':'events','Key':{'pk':{'S':'a'},'sk':{'N':'1'}},"
                + "'UpdateExpression':'SET kind = :e','ExpressionAttributeValues':{':e':{'S':'even'}}}");
        ddb.call("UpdateItem", "{'TableName':'events','Key':{'pk':{'S':'a'},'sk':{'N':'2'}},"
                + "'UpdateExpression':'REMOVE kind'}");
        String byKind = "{'TableName':'events','IndexName':'byKind','KeyConditionExpression':'kind = :k',"
                + "'ExpressionAttributeValues':{':k':{'S':'%s'}},'Select':'COUNT'}";
        assertEquals(5, ddb.call("Query", byKind.formatted("even")).get("Count").asInt());
        assertEquals(4, ddb.call("Query", byKind.formatted("odd")).get("Count").asInt());
        ddb.call("UpdateTable", "{'TableName':'events','AttributeDefinitions':[{'AttributeName':'pk',"
                + "'AttributeType':'S'},{'AttributeName':'sk','AttributeType':'N'},{'AttributeName':'kind',"
                + "'AttributeType':'S'},{'AttributeName':'extra','AttributeType':'S'}],'GlobalSecondaryIndexUpdates':"
                + "[{'Create':{'IndexName':'byExtra','KeySchema':[{'AttributeName':'extra','KeyType':'HASH'}],"
                + "'Projection':{'ProjectionType':'ALL'}}}]}");
        assertEquals(10, ddb.call("Query", "{'TableName':'events','IndexName':'byExtra','KeyConditionExpression':"
                + "'extra = :x','ExpressionAttributeValues':{':x':{'S':'x'}}}").get("Count").asInt());
    }

    @Test
    void scanPagesAndParallelSegmentsCoverEveryItemOnce() {
        int total = 0;
        for (int segment = 0; segment < 3; segment++) {
            total += ddb.call("Scan", "{'TableName':'events','Segment':" + segment + ",'TotalSegments':3}")
                    .get("Count").asInt();
        }
        assertEquals(11, total);
        JsonNode first = ddb.call("Scan", "{'TableName':'events','Limit':6}");
        assertTrue(first.has("LastEvaluatedKey"));
        JsonNode rest = ddb.call("Scan", "{'TableName':'events','ExclusiveStartKey':" + first.get("LastEvaluatedKey")
                + "}");
        assertEquals(5, rest.get("Count").asInt());
        assertEquals("The Segment parameter is required but was not present in the request when parameter "
                + "TotalSegments is present", ddb.error("ValidationException", "Scan",
                "{'TableName':'events','TotalSegments':2}").getMessage());
    }

    @Test
    void legacyKeyConditionsAndScanFilterWork() {
        JsonNode page = ddb.call("Query", "{'TableName':'events','KeyConditions':{'pk':{'ComparisonOperator':'EQ',"
                + "'AttributeValueList':[{'S':'b'}]}}}");
        assertEquals(1, page.get("Count").asInt());
        JsonNode scan = ddb.call("Scan", "{'TableName':'events','ScanFilter':{'kind':{'ComparisonOperator':'EQ',"
                + "'AttributeValueList':[{'S':'even'}]}}}");
        assertEquals(5, scan.get("Count").asInt());
    }
}
