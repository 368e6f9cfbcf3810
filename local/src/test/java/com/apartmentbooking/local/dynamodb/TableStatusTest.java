package com.apartmentbooking.local.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.store.Store;
import com.apartmentbooking.local.store.StoredJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * CreateTable, UpdateTable and DeleteTable answer CREATING, UPDATING and DELETING, and the change finishes after the
 * table status delay on the runtime's clock; what DynamoDB refuses meanwhile is refused with its texts.
 */
class TableStatusTest {

    private static final Duration DELAY = Duration.ofMillis(500);
    private static final String PROVISIONED = "{'TableName':'orders','KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],"
            + "'AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'},{'AttributeName':'g','AttributeType':'S'}],"
            + "'ProvisionedThroughput':{'ReadCapacityUnits':5,'WriteCapacityUnits':5},"
            + "'GlobalSecondaryIndexes':[{'IndexName':'byG','KeySchema':[{'AttributeName':'g','KeyType':'HASH'}],"
            + "'Projection':{'ProjectionType':'ALL'},"
            + "'ProvisionedThroughput':{'ReadCapacityUnits':1,'WriteCapacityUnits':1}}]}";

    private final ControllableClock clock = new ControllableClock(Instant.parse("2026-01-15T10:00:00.123Z"));
    private final Store store = Store.inMemory();
    private DynamoDbFixture ddb = new DynamoDbFixture(store, clock, DELAY);

    @AfterEach
    void close() {
        ddb.close();
    }

    private JsonNode describe(String table) {
        return ddb.call("DescribeTable", "{'TableName':'" + table + "'}").get("Table");
    }

    private void createActive(String json) {
        ddb.call("CreateTable", json);
        clock.advance(DELAY);
    }

    /** The times as the epoch seconds AWS writes, to the millisecond; null where there is none. */
    private static String throughput(Instant lastIncrease, Instant lastDecrease, int decreasesToday, int read,
                                     int write) {
        return "increase " + seconds(lastIncrease) + ", decrease " + seconds(lastDecrease) + ", decreases today "
                + decreasesToday + ", read " + read + ", write " + write;
    }

    private static String throughput(JsonNode throughput) {
        return "increase " + decimal(throughput.get("LastIncreaseDateTime")) + ", decrease "
                + decimal(throughput.get("LastDecreaseDateTime")) + ", decreases today "
                + throughput.get("NumberOfDecreasesToday").asInt() + ", read "
                + throughput.get("ReadCapacityUnits").asInt() + ", write " + throughput.get("WriteCapacityUnits").asInt();
    }

    private static String seconds(Instant instant) {
        return instant == null ? null : BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3).toPlainString();
    }

    private static String decimal(JsonNode number) {
        return number == null ? null : number.decimalValue().toPlainString();
    }

    @Test
    void aCreatedTableIsCreatingWithItsIndexesUntilTheDelayHasPassed() {
        JsonNode answer = ddb.call("CreateTable", PROVISIONED).get("TableDescription");
        assertEquals("CREATING", answer.get("TableStatus").asText());
        assertEquals("CREATING", answer.at("/GlobalSecondaryIndexes/0/IndexStatus").asText());
        assertFalse(answer.at("/GlobalSecondaryIndexes/0").has("Backfilling"),
                "AWS shows Backfilling only for an index UpdateTable adds");

        clock.advance(DELAY.minusMillis(1));
        assertEquals("CREATING", describe("orders").get("TableStatus").asText());
        assertEquals(List.of("orders"), tableNames(), "a table being created is listed");

        clock.advance(Duration.ofMillis(1));
        JsonNode active = describe("orders");
        assertEquals("ACTIVE", active.get("TableStatus").asText());
        assertEquals("ACTIVE", active.at("/GlobalSecondaryIndexes/0/IndexStatus").asText());
        assertEquals(answer.get("TableId"), active.get("TableId"));
    }

    @Test
    void anOnDemandTableBeingCreatedHasNoPayPerRequestDateYet() {
        JsonNode answer = ddb.call("CreateTable", "{'TableName':'orders','KeySchema':[{'AttributeName':'id',"
                + "'KeyType':'HASH'}],'AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'}],"
                + "'BillingMode':'PAY_PER_REQUEST'}").get("TableDescription");
        DynamoDbFixture.assertJson("{'BillingMode':'PAY_PER_REQUEST'}", answer.get("BillingModeSummary"));
        clock.advance(DELAY);
        assertTrue(describe("orders").at("/BillingModeSummary").has("LastUpdateToPayPerRequestDateTime"));
    }

    @Test
    void itemOperationsOnATableBeingCreatedAreResourceNotFound() {
        ddb.call("CreateTable", PROVISIONED);
        List<String[]> calls = List.of(
                new String[] {"PutItem", "{'TableName':'orders','Item':{'id':{'S':'a'}}}"},
                new String[] {"GetItem", "{'TableName':'orders','Key':{'id':{'S':'a'}}}"},
                new String[] {"UpdateItem", "{'TableName':'orders','Key':{'id':{'S':'a'}}}"},
                new String[] {"DeleteItem", "{'TableName':'orders','Key':{'id':{'S':'a'}}}"},
                new String[] {"Query", "{'TableName':'orders','KeyConditionExpression':'id = :a',"
                        + "'ExpressionAttributeValues':{':a':{'S':'a'}}}"},
                new String[] {"Scan", "{'TableName':'orders'}"},
                new String[] {"BatchGetItem", "{'RequestItems':{'orders':{'Keys':[{'id':{'S':'a'}}]}}}"},
                new String[] {"BatchWriteItem", "{'RequestItems':{'orders':[{'PutRequest':{'Item':{'id':{'S':'a'}}}}]}}"},
                new String[] {"TransactWriteItems", "{'TransactItems':[{'Put':{'TableName':'orders',"
                        + "'Item':{'id':{'S':'a'}}}}]}"},
                new String[] {"TransactGetItems", "{'TransactItems':[{'Get':{'TableName':'orders',"
                        + "'Key':{'id':{'S':'a'}}}}]}"});
        for (String[] call : calls) {
            assertEquals("Requested resource not found",
                    ddb.error("ResourceNotFoundException", call[0], call[1]).getMessage(), call[0]);
        }
        clock.advance(DELAY);
        ddb.call("PutItem", "{'TableName':'orders','Item':{'id':{'S':'a'}}}");
        assertEquals(1, describe("orders").get("ItemCount").asInt());
    }

    @Test
    void aTableBeingCreatedCannotBeUpdatedOrDeleted() {
        ddb.call("CreateTable", PROVISIONED);
        String text = "Attempt to change a resource which is still in use: Table is being created: orders";
        assertEquals(text, ddb.error("ResourceInUseException", "UpdateTable", "{'TableName':'orders',"
                + "'ProvisionedThroughput':{'ReadCapacityUnits':2,'WriteCapacityUnits':2}}").getMessage());
        assertEquals(text, ddb.error("ResourceInUseException", "DeleteTable", "{'TableName':'orders'}").getMessage());
        assertEquals("Table already exists: orders",
                ddb.error("ResourceInUseException", "CreateTable", PROVISIONED).getMessage());
        clock.advance(DELAY);
        assertEquals("ACTIVE", describe("orders").get("TableStatus").asText(), "the refusals changed nothing");
        assertEquals(5, describe("orders").at("/ProvisionedThroughput/ReadCapacityUnits").asInt());
    }

    @Test
    void anIncreaseAnswersUpdatingWithTheOldCapacitiesAndTheRequestAsLastIncrease() {
        createActive(PROVISIONED);
        Instant asked = clock.now();
        JsonNode answer = ddb.call("UpdateTable", "{'TableName':'orders',"
                + "'ProvisionedThroughput':{'ReadCapacityUnits':15,'WriteCapacityUnits':15}}").get("TableDescription");
        assertEquals("UPDATING", answer.get("TableStatus").asText());
        assertEquals(throughput(asked, null, 0, 5, 5), throughput(answer.get("ProvisionedThroughput")));
        assertEquals("UPDATING", describe("orders").get("TableStatus").asText());
        assertEquals(5, describe("orders").at("/ProvisionedThroughput/ReadCapacityUnits").asInt());

        clock.advance(DELAY);
        Instant finished = clock.now();
        JsonNode active = describe("orders");
        assertEquals("ACTIVE", active.get("TableStatus").asText());
        assertEquals(throughput(finished, null, 0, 15, 15), throughput(active.get("ProvisionedThroughput")));
    }

    @Test
    void aDecreaseCountsOnceItIsDoneAndTheCountStartsAgainEachUtcDay() {
        createActive(PROVISIONED);
        ddb.call("UpdateTable", "{'TableName':'orders','ProvisionedThroughput':{'ReadCapacityUnits':15,"
                + "'WriteCapacityUnits':15}}");
        clock.advance(DELAY);
        Instant increased = clock.now();

        Instant asked = clock.now();
        JsonNode answer = ddb.call("UpdateTable", "{'TableName':'orders',"
                + "'ProvisionedThroughput':{'ReadCapacityUnits':5,'WriteCapacityUnits':5}}").get("TableDescription");
        assertEquals(throughput(increased, asked, 0, 15, 15), throughput(answer.get("ProvisionedThroughput")));

        clock.advance(DELAY);
        Instant finished = clock.now();
        assertEquals(throughput(increased, finished, 1, 5, 5), throughput(describe("orders").get("ProvisionedThroughput")));

        clock.advance(Duration.ofDays(1));
        assertEquals(0, describe("orders").at("/ProvisionedThroughput/NumberOfDecreasesToday").asInt());
    }

    @Test
    void anUpdatingTableServesItemsButTakesNoOtherChange() {
        createActive(PROVISIONED);
        ddb.call("UpdateTable", "{'TableName':'orders','ProvisionedThroughput':{'ReadCapacityUnits':6,"
                + "'WriteCapacityUnits':6}}");
        ddb.call("PutItem", "{'TableName':'orders','Item':{'id':{'S':'a'}}}");
        assertEquals("a", ddb.call("GetItem", "{'TableName':'orders','Key':{'id':{'S':'a'}}}")
                .at("/Item/id/S").asText());
        String text = "Attempt to change a resource which is still in use: Table is being updated: orders";
        assertEquals(text, ddb.error("ResourceInUseException", "UpdateTable", "{'TableName':'orders',"
                + "'ProvisionedThroughput':{'ReadCapacityUnits':7,'WriteCapacityUnits':7}}").getMessage());
        assertEquals(text, ddb.error("ResourceInUseException", "DeleteTable", "{'TableName':'orders'}").getMessage());
        clock.advance(DELAY);
        assertEquals(6, describe("orders").at("/ProvisionedThroughput/ReadCapacityUnits").asInt());
    }

    @Test
    void anIndexAddedByUpdateTableIsBackfillingUntilItIsActive() {
        createActive(PROVISIONED);
        ddb.call("PutItem", "{'TableName':'orders','Item':{'id':{'S':'a'},'h':{'S':'x'}}}");
        JsonNode answer = ddb.call("UpdateTable", "{'TableName':'orders',"
                + "'AttributeDefinitions':[{'AttributeName':'h','AttributeType':'S'}],"
                + "'GlobalSecondaryIndexUpdates':[{'Create':{'IndexName':'byH',"
                + "'KeySchema':[{'AttributeName':'h','KeyType':'HASH'}],'Projection':{'ProjectionType':'ALL'},"
                + "'ProvisionedThroughput':{'ReadCapacityUnits':1,'WriteCapacityUnits':1}}}]}")
                .get("TableDescription");
        assertEquals("UPDATING", answer.get("TableStatus").asText());
        JsonNode created = answer.at("/GlobalSecondaryIndexes/1");
        assertEquals("byH", created.get("IndexName").asText());
        assertEquals("CREATING", created.get("IndexStatus").asText());
        assertFalse(created.get("Backfilling").asBoolean(), "the backfill starts after the answer");
        assertEquals("ACTIVE", answer.at("/GlobalSecondaryIndexes/0/IndexStatus").asText());
        assertTrue(describe("orders").at("/GlobalSecondaryIndexes/1/Backfilling").asBoolean());
        String query = "{'TableName':'orders','IndexName':'byH','KeyConditionExpression':'h = :h',"
                + "'ExpressionAttributeValues':{':h':{'S':'x'}}}";
        assertEquals("Cannot read from backfilling global secondary index",
                ddb.error("ValidationException", "Query", query).getMessage());

        clock.advance(DELAY);
        JsonNode index = describe("orders").at("/GlobalSecondaryIndexes/1");
        assertEquals("ACTIVE", index.get("IndexStatus").asText());
        assertFalse(index.has("Backfilling"));
        assertEquals(1, ddb.call("Query", query).get("Count").asInt(), "the backfill indexed the item there before");
    }

    @Test
    void anIndexRemovedByUpdateTableIsDeletingUntilItIsGone() {
        createActive(PROVISIONED);
        JsonNode answer = ddb.call("UpdateTable", "{'TableName':'orders',"
                + "'GlobalSecondaryIndexUpdates':[{'Delete':{'IndexName':'byG'}}]}").get("TableDescription");
        assertEquals("DELETING", answer.at("/GlobalSecondaryIndexes/0/IndexStatus").asText());
        assertEquals("DELETING", describe("orders").at("/GlobalSecondaryIndexes/0/IndexStatus").asText());
        clock.advance(DELAY);
        assertFalse(describe("orders").has("GlobalSecondaryIndexes"));
    }

    @Test
    void aDeletedTableIsDeletingUntilTheDelayHasPassed() {
        createActive(PROVISIONED);
        ddb.call("PutItem", "{'TableName':'orders','Item':{'id':{'S':'a'}}}");
        JsonNode answer = ddb.call("DeleteTable", "{'TableName':'orders'}").get("TableDescription");
        List<String> members = new ArrayList<>();
        answer.fieldNames().forEachRemaining(members::add);
        assertEquals(List.of("TableName", "TableStatus", "ProvisionedThroughput", "TableSizeBytes", "ItemCount",
                "TableArn", "TableId", "DeletionProtectionEnabled"), members, "the members AWS's answer has");
        assertEquals("DELETING", answer.get("TableStatus").asText());
        assertEquals(1, answer.get("ItemCount").asInt());

        assertEquals("DELETING", describe("orders").get("TableStatus").asText());
        assertEquals(List.of("orders"), tableNames());
        assertEquals("Requested resource not found", ddb.error("ResourceNotFoundException", "GetItem",
                "{'TableName':'orders','Key':{'id':{'S':'a'}}}").getMessage());
        String text = "Attempt to change a resource which is still in use: Table is being deleted: orders";
        assertEquals(text, ddb.error("ResourceInUseException", "DeleteTable", "{'TableName':'orders'}").getMessage());
        assertEquals(text, ddb.error("ResourceInUseException", "UpdateTable", "{'TableName':'orders',"
                + "'ProvisionedThroughput':{'ReadCapacityUnits':7,'WriteCapacityUnits':7}}").getMessage());

        clock.advance(DELAY);
        assertEquals("Requested resource not found: Table: orders not found",
                ddb.error("ResourceNotFoundException", "DescribeTable", "{'TableName':'orders'}").getMessage());
        assertEquals(List.of(), tableNames());
        createActive(PROVISIONED);
        assertEquals(0, describe("orders").get("ItemCount").asInt(), "a table created again starts empty");
    }

    @Test
    void aDeletedTablesStreamIsDisabledAtOnce() {
        createActive("{'TableName':'orders','KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],"
                + "'AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'}],'BillingMode':'PAY_PER_REQUEST',"
                + "'StreamSpecification':{'StreamEnabled':true,'StreamViewType':'KEYS_ONLY'}}");
        String arn = describe("orders").get("LatestStreamArn").asText();
        ddb.call("DeleteTable", "{'TableName':'orders'}");
        assertEquals("DISABLED", ddb.streams("DescribeStream", "{'StreamArn':'" + arn + "'}")
                .at("/StreamDescription/StreamStatus").asText());
        clock.advance(DELAY);
        assertEquals("DISABLED", ddb.streams("DescribeStream", "{'StreamArn':'" + arn + "'}")
                .at("/StreamDescription/StreamStatus").asText(), "kept readable after the table is gone");
    }

    @Test
    void changesUnderWayAtARestartFinishWhenDue() {
        createActive(PROVISIONED.replace("orders", "going"));
        ddb.call("CreateTable", PROVISIONED);
        ddb.call("DeleteTable", "{'TableName':'going'}");
        ddb.dynamoDb.close();

        ddb = new DynamoDbFixture(store, clock, DELAY);
        assertEquals("CREATING", describe("orders").get("TableStatus").asText());
        assertEquals("DELETING", describe("going").get("TableStatus").asText());
        clock.advance(DELAY);
        assertEquals("ACTIVE", describe("orders").get("TableStatus").asText());
        assertEquals(List.of("orders"), tableNames());
    }

    @Test
    void changesThatFellDueWhileStoppedAreFinishedByTheStart() {
        createActive(PROVISIONED.replace("orders", "going"));
        ddb.call("CreateTable", PROVISIONED);
        ddb.call("UpdateTable", "{'TableName':'going','ProvisionedThroughput':{'ReadCapacityUnits':9,"
                + "'WriteCapacityUnits':9}}");
        ddb.dynamoDb.close();
        clock.advance(Duration.ofMinutes(1));

        ddb = new DynamoDbFixture(store, clock, DELAY);
        assertEquals("ACTIVE", describe("orders").get("TableStatus").asText());
        assertEquals(9, describe("going").at("/ProvisionedThroughput/ReadCapacityUnits").asInt());
        assertEquals("ACTIVE", describe("going").get("TableStatus").asText());
    }

    @Test
    void withoutADelayTheAnswerShowsTheChangeAndTheTableIsReadyAtOnce() {
        ddb.close();
        ddb = new DynamoDbFixture(Store.inMemory(), clock, Duration.ZERO);
        assertEquals("CREATING", ddb.call("CreateTable", PROVISIONED).at("/TableDescription/TableStatus").asText());
        ddb.call("PutItem", "{'TableName':'orders','Item':{'id':{'S':'a'}}}");
        assertEquals("UPDATING", ddb.call("UpdateTable", "{'TableName':'orders','ProvisionedThroughput':"
                + "{'ReadCapacityUnits':6,'WriteCapacityUnits':6}}").at("/TableDescription/TableStatus").asText());
        assertEquals(6, describe("orders").at("/ProvisionedThroughput/ReadCapacityUnits").asInt());
        assertEquals("DELETING", ddb.call("DeleteTable", "{'TableName':'orders'}")
                .at("/TableDescription/TableStatus").asText());
        assertEquals(List.of(), tableNames());
    }

    @Test
    void aTableKeptBeforeTablesHadAStatusIsActiveAndKeepsNoStatusMembers() {
        String kept = "{'name':'orders','tableId':'t-1','created':1768471200123,'billingMode':'PAY_PER_REQUEST',"
                + "'readCapacity':0,'writeCapacity':0,'deletionProtection':false,'hashKey':'id',"
                + "'attributeDefinitions':{'id':'S'},'indexes':[]}";
        StoredForms.Table stored = StoredJson.decode(kept.replace('\'', '"').getBytes(StandardCharsets.UTF_8),
                StoredForms.Table.class);
        TableDefinition table = stored.definition();
        assertEquals(TableStatus.ACTIVE, table.status());
        assertEquals(ThroughputChanges.NONE, table.throughputChanges());
        assertEquals(DynamoDbFixture.parse(kept), DynamoDbFixture.parse(new String(
                StoredJson.encode(StoredForms.Table.of(table)), StandardCharsets.UTF_8)));
    }

    private List<String> tableNames() {
        List<String> names = new ArrayList<>();
        ddb.call("ListTables", "{}").get("TableNames").forEach(name -> names.add(name.asText()));
        return names;
    }
}
