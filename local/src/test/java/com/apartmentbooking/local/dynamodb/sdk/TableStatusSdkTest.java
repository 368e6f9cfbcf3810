package com.apartmentbooking.local.dynamodb.sdk;

import static com.apartmentbooking.local.dynamodb.sdk.Ddb.createTable;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectError;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.item;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.tableName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * The table lifecycle as an SDK client sees it: the answers' statuses, the refusals meanwhile and the SDK's own
 * waiters for a table to exist and to be gone. Changes take an hour of the runtime's clock, which the tests advance
 * while a waiter polls, so nothing depends on how fast the calls are.
 */
class TableStatusSdkTest {

    private static final Duration DELAY = Duration.ofHours(1);

    static SdkRuntime runtime;
    static DynamoDbClient ddb;
    /** The SDK's waiters poll every 20 seconds; these poll as often as the test likes, with the same acceptors. */
    static DynamoDbWaiter waiter;

    @BeforeAll
    static void start() {
        runtime = SdkRuntime.inMemory(DELAY);
        ddb = runtime.client();
        waiter = DynamoDbWaiter.builder().client(ddb).overrideConfiguration(o -> o.maxAttempts(200)
                .backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(50)))).build();
    }

    @AfterAll
    static void stop() {
        waiter.close();
        runtime.close();
    }

    /** Starts the wait, moves the runtime's clock past the delay and returns what the wait saw. */
    private static <T> T afterTheDelay(Supplier<T> wait) {
        CompletableFuture<T> waited = CompletableFuture.supplyAsync(wait);
        runtime.advanceClock(DELAY);
        return waited.join();
    }

    @Test
    void theWaiterSeesACreatedTableBecomeActive() {
        String name = tableName("waited");
        assertEquals(TableStatus.CREATING, createTable(ddb, name, "id", null).tableStatus());
        expectError(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> ddb.putItem(r -> r.tableName(name).item(item("id", "early"))));

        WaiterResponse<DescribeTableResponse> exists = afterTheDelay(() -> waiter.waitUntilTableExists(
                r -> r.tableName(name)));
        assertEquals(TableStatus.ACTIVE, exists.matched().response().orElseThrow().table().tableStatus());
        ddb.putItem(r -> r.tableName(name).item(item("id", "a")));
        assertTrue(ddb.getItem(r -> r.tableName(name).key(item("id", "a"))).hasItem());
    }

    @Test
    void theWaiterSeesADeletedTableGo() {
        String name = tableName("gone");
        createTable(ddb, name, "id", null);
        afterTheDelay(() -> waiter.waitUntilTableExists(r -> r.tableName(name)));
        assertEquals(TableStatus.DELETING, ddb.deleteTable(r -> r.tableName(name)).tableDescription().tableStatus());
        assertEquals(TableStatus.DELETING, ddb.describeTable(r -> r.tableName(name)).table().tableStatus());
        expectError(ResourceInUseException.class, "ResourceInUseException",
                "Attempt to change a resource which is still in use: Table is being deleted: " + name,
                () -> ddb.deleteTable(r -> r.tableName(name)));

        WaiterResponse<DescribeTableResponse> gone = afterTheDelay(() -> waiter.waitUntilTableNotExists(
                r -> r.tableName(name)));
        assertTrue(gone.matched().exception().orElseThrow() instanceof ResourceNotFoundException);
    }

    @Test
    void anUpdateAnswersTheOldThroughputAndTheWaiterSeesTheNew() {
        String name = tableName("raised");
        ddb.createTable(r -> r.tableName(name).keySchema(k -> k.attributeName("id").keyType("HASH"))
                .attributeDefinitions(a -> a.attributeName("id").attributeType("S"))
                .provisionedThroughput(p -> p.readCapacityUnits(1L).writeCapacityUnits(1L)));
        afterTheDelay(() -> waiter.waitUntilTableExists(r -> r.tableName(name)));
        var answer = ddb.updateTable(r -> r.tableName(name)
                .provisionedThroughput(p -> p.readCapacityUnits(4L).writeCapacityUnits(4L))).tableDescription();
        assertEquals(TableStatus.UPDATING, answer.tableStatus());
        assertEquals(1L, answer.provisionedThroughput().readCapacityUnits());
        assertTrue(answer.provisionedThroughput().lastIncreaseDateTime() != null);
        expectError(ResourceInUseException.class, "ResourceInUseException",
                "Attempt to change a resource which is still in use: Table is being updated: " + name,
                () -> ddb.updateTable(r -> r.tableName(name)
                        .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L))));

        var active = afterTheDelay(() -> waiter.waitUntilTableExists(r -> r.tableName(name))).matched().response()
                .orElseThrow().table();
        assertEquals(4L, active.provisionedThroughput().readCapacityUnits());
    }
}
