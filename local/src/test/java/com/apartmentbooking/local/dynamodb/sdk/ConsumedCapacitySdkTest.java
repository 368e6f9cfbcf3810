package com.apartmentbooking.local.dynamodb.sdk;

import static com.apartmentbooking.local.dynamodb.sdk.Ddb.attr;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.item;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.key;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.s;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.tableName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** ConsumedCapacity and ItemCollectionMetrics as the SDK reads them, on a table with a local and a global index. */
class ConsumedCapacitySdkTest {

    static SdkRuntime runtime;
    static DynamoDbClient ddb;
    static String songs;

    @BeforeAll
    static void start() {
        runtime = SdkRuntime.inMemory();
        ddb = runtime.client();
        songs = tableName("songs");
        ddb.createTable(table -> table.tableName(songs).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("Artist", KeyType.HASH), key("SongTitle", KeyType.RANGE))
                .attributeDefinitions(attr("Artist", ScalarAttributeType.S), attr("SongTitle", ScalarAttributeType.S),
                        attr("AlbumTitle", ScalarAttributeType.S), attr("Genre", ScalarAttributeType.S))
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("byAlbum")
                        .keySchema(key("Artist", KeyType.HASH), key("AlbumTitle", KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byGenre")
                        .keySchema(key("Genre", KeyType.HASH))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build()));
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static Map<String, AttributeValue> song(String artist, String title) {
        return item("Artist", s(artist), "SongTitle", s(title), "AlbumTitle", s("Album"), "Genre", s("Rock"));
    }

    @Test
    void aWriteReportsTheTableAndEachIndexItChanged() {
        var response = ddb.putItem(put -> put.tableName(songs).item(song("Acme Band", "Happy Day"))
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE));
        ConsumedCapacity capacity = response.consumedCapacity();
        assertEquals(songs, capacity.tableName());
        assertEquals(3.0, capacity.capacityUnits());
        assertEquals(Capacity.builder().capacityUnits(1.0).build(), capacity.table());
        assertEquals(Map.of("byAlbum", Capacity.builder().capacityUnits(1.0).build()),
                capacity.localSecondaryIndexes());
        assertEquals(Map.of("byGenre", Capacity.builder().capacityUnits(1.0).build()),
                capacity.globalSecondaryIndexes());
        assertNull(capacity.writeCapacityUnits());
        assertEquals(ItemCollectionMetrics.builder().itemCollectionKey(Map.of("Artist", s("Acme Band")))
                .sizeEstimateRangeGB(0.0, 1.0).build(), response.itemCollectionMetrics());
    }

    @Test
    void aReadOfAGlobalIndexIsChargedToTheIndex() {
        ddb.putItem(put -> put.tableName(songs).item(song("Query Band", "One")));
        ConsumedCapacity capacity = ddb.query(query -> query.tableName(songs).indexName("byGenre")
                .keyConditionExpression("Genre = :g").expressionAttributeValues(Map.of(":g", s("Rock")))
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();
        assertEquals(0.5, capacity.capacityUnits());
        assertEquals(0.0, capacity.table().capacityUnits());
        assertEquals(0.5, capacity.globalSecondaryIndexes().get("byGenre").capacityUnits());
        ConsumedCapacity consistent = ddb.getItem(get -> get.tableName(songs).consistentRead(true)
                .key(Map.of("Artist", s("Query Band"), "SongTitle", s("One")))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
        assertEquals(ConsumedCapacity.builder().tableName(songs).capacityUnits(1.0).build(), consistent);
    }

    @Test
    void batchesAndTransactionsAnswerOneEntryPerTable() {
        var batch = ddb.batchWriteItem(write -> write.requestItems(Map.of(songs, List.of(
                        WriteRequest.builder().putRequest(PutRequest.builder().item(song("Batch", "A")).build()).build(),
                        WriteRequest.builder().putRequest(PutRequest.builder().item(song("Batch", "B")).build()).build())))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE));
        assertEquals(List.of(ConsumedCapacity.builder().tableName(songs).capacityUnits(6.0).build()),
                batch.consumedCapacity());
        assertEquals(1, batch.itemCollectionMetrics().get(songs).size());
        var transaction = ddb.transactWriteItems(write -> write.transactItems(TransactWriteItem.builder()
                .put(put -> put.tableName(songs).item(song("Transaction", "A"))).build())
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertEquals(List.of(ConsumedCapacity.builder().tableName(songs).capacityUnits(6.0).writeCapacityUnits(6.0)
                .build()), transaction.consumedCapacity());
        assertFalse(transaction.hasItemCollectionMetrics());
    }
}
