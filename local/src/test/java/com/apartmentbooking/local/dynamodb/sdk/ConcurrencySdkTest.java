package com.apartmentbooking.local.dynamodb.sdk;

import static com.apartmentbooking.local.dynamodb.sdk.Ddb.createTable;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.item;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.n;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.s;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.tableName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** Many SDK clients at once: conditional writes are atomic per item, transactions are atomic and isolated. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConcurrencySdkTest {

    static final int THREADS = 8;

    static SdkRuntime runtime;
    static List<DynamoDbClient> clients = new ArrayList<>();
    static String table;
    static ExecutorService pool;

    @BeforeAll
    static void start() {
        runtime = SdkRuntime.inMemory();
        for (int i = 0; i < THREADS; i++) {
            clients.add(runtime.newClient());
        }
        table = tableName("contended");
        createTable(runtime.client(), table, "id", null);
        pool = Executors.newFixedThreadPool(THREADS * 2);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
        clients.forEach(DynamoDbClient::close);
        runtime.close();
    }

    private static Map<String, AttributeValue> get(String id) {
        return runtime.client().getItem(r -> r.tableName(table).key(item("id", id)).consistentRead(true)).item();
    }

    @Test
    void exactlyOneConditionalUpdateWinsEachRound() throws Exception {
        runtime.client().putItem(r -> r.tableName(table).item(item("id", "round-item", "round", n(0))));
        int rounds = 25;
        CyclicBarrier barrier = new CyclicBarrier(THREADS);
        List<Future<List<Integer>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            DynamoDbClient client = clients.get(t);
            futures.add(pool.submit(() -> {
                List<Integer> won = new ArrayList<>();
                for (int round = 1; round <= rounds; round++) {
                    int r0 = round;
                    barrier.await(30, TimeUnit.SECONDS);
                    try {
                        client.updateItem(u -> u.tableName(table).key(item("id", "round-item"))
                                .updateExpression("SET #round = :next, winner = :me")
                                .conditionExpression("#round = :prev")
                                .expressionAttributeNames(Map.of("#round", "round"))
                                .expressionAttributeValues(Map.of(":next", n(r0), ":prev", n(r0 - 1), ":me", n(thread))));
                        won.add(round);
                    } catch (ConditionalCheckFailedException lost) {
                        // another thread won this round
                    }
                    // Everyone finishes the round before the next starts.
                    barrier.await(30, TimeUnit.SECONDS);
                }
                return won;
            }));
        }
        int[] winnersPerRound = new int[rounds + 1];
        for (Future<List<Integer>> f : futures) {
            for (int round : f.get(90, TimeUnit.SECONDS)) {
                winnersPerRound[round]++;
            }
        }
        for (int round = 1; round <= rounds; round++) {
            assertEquals(1, winnersPerRound[round], "winners of round " + round);
        }
        assertEquals(n(rounds), get("round-item").get("round"));
    }

    @Test
    void exactlyOneConditionalPutCreatesEachItem() throws Exception {
        int keys = 20;
        AtomicInteger created = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        CyclicBarrier barrier = new CyclicBarrier(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            DynamoDbClient client = clients.get(t);
            futures.add(pool.submit((Callable<Void>) () -> {
                for (int k = 0; k < keys; k++) {
                    String id = "create-" + k;
                    barrier.await(30, TimeUnit.SECONDS);
                    try {
                        client.putItem(p -> p.tableName(table).item(item("id", id, "owner", n(thread)))
                                .conditionExpression("attribute_not_exists(id)"));
                        created.incrementAndGet();
                    } catch (ConditionalCheckFailedException e) {
                        rejected.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(90, TimeUnit.SECONDS);
        }
        assertEquals(keys, created.get());
        assertEquals(keys * (THREADS - 1), rejected.get());
    }

    @Test
    void atomicCounterLosesNoIncrement() throws Exception {
        int perThread = 100;
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            DynamoDbClient client = clients.get(t);
            futures.add(pool.submit((Callable<Void>) () -> {
                for (int i = 0; i < perThread; i++) {
                    client.updateItem(u -> u.tableName(table).key(item("id", "counter-item"))
                            .updateExpression("ADD hits :one").expressionAttributeValues(Map.of(":one", n(1))));
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(90, TimeUnit.SECONDS);
        }
        assertEquals(n(THREADS * perThread), get("counter-item").get("hits"));
    }

    @Test
    void transactionsAreAtomicAndIsolated() throws Exception {
        runtime.client().putItem(r -> r.tableName(table).item(item("id", "acct-a", "balance", n(1000))));
        runtime.client().putItem(r -> r.tableName(table).item(item("id", "acct-b", "balance", n(0))));
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger transfers = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        List<Future<?>> writers = new ArrayList<>();
        int writerThreads = THREADS / 2;
        int perWriter = 50;
        for (int t = 0; t < writerThreads; t++) {
            DynamoDbClient client = clients.get(t);
            writers.add(pool.submit((Callable<Void>) () -> {
                for (int i = 0; i < perWriter; ) {
                    try {
                        client.transactWriteItems(w -> w.transactItems(
                                move("acct-a", "balance - :amt", "balance >= :amt"),
                                move("acct-b", "balance + :amt", null)));
                        transfers.incrementAndGet();
                        i++;
                    } catch (TransactionCanceledException e) {
                        // Only a conflict with another transaction may cancel these (AWS's TransactionConflict): retry.
                        assertTrue(e.cancellationReasons().stream().anyMatch(r -> r.code().equals("TransactionConflict")),
                                e.cancellationReasons().toString());
                        conflicts.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        List<Future<Integer>> readers = new ArrayList<>();
        for (int t = writerThreads; t < THREADS; t++) {
            DynamoDbClient client = clients.get(t);
            readers.add(pool.submit(() -> {
                int reads = 0;
                while (writing.get()) {
                    List<ItemResponse> both;
                    try {
                        both = client.transactGetItems(g -> g.transactItems(
                                TransactGetItem.builder().get(Get.builder().tableName(table).key(item("id", "acct-a")).build()).build(),
                                TransactGetItem.builder().get(Get.builder().tableName(table).key(item("id", "acct-b")).build()).build()))
                                .responses();
                    } catch (TransactionCanceledException e) {
                        continue; // a read that conflicts with a write in flight is cancelled on AWS, never torn
                    }
                    int sum = Integer.parseInt(both.get(0).item().get("balance").n()) + Integer.parseInt(both.get(1).item().get("balance").n());
                    assertEquals(1000, sum, "a transactional read never sees half a transfer");
                    reads++;
                }
                return reads;
            }));
        }
        for (Future<?> f : writers) {
            f.get(90, TimeUnit.SECONDS);
        }
        writing.set(false);
        int reads = 0;
        for (Future<Integer> f : readers) {
            reads += f.get(30, TimeUnit.SECONDS);
        }
        assertTrue(reads > 0);
        assertEquals(writerThreads * perWriter, transfers.get());
        assertEquals(n(1000 - writerThreads * perWriter), get("acct-a").get("balance"));
        assertEquals(n(writerThreads * perWriter), get("acct-b").get("balance"));
    }

    @Test
    void transactionsOverTheSameItemsInOppositeOrdersDoNotDeadlock() throws Exception {
        runtime.client().putItem(r -> r.tableName(table).item(item("id", "x-1", "v", n(0))));
        runtime.client().putItem(r -> r.tableName(table).item(item("id", "x-2", "v", n(0))));
        runtime.client().putItem(r -> r.tableName(table).item(item("id", "x-3", "v", n(0))));
        int perThread = 40;
        AtomicInteger committed = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            DynamoDbClient client = clients.get(t);
            List<String> order = t % 2 == 0 ? List.of("x-1", "x-2", "x-3") : List.of("x-3", "x-2", "x-1");
            futures.add(pool.submit((Callable<Void>) () -> {
                for (int i = 0; i < perThread; ) {
                    try {
                        client.transactWriteItems(w -> w.transactItems(order.stream().map(id -> TransactWriteItem.builder()
                                .update(Update.builder().tableName(table).key(item("id", id)).updateExpression("ADD v :one")
                                        .expressionAttributeValues(Map.of(":one", n(1))).build()).build()).toList()));
                        committed.incrementAndGet();
                        i++;
                    } catch (TransactionCanceledException e) {
                        assertTrue(e.cancellationReasons().stream().anyMatch(r -> r.code().equals("TransactionConflict")),
                                e.cancellationReasons().toString());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS); // a deadlock shows as a timeout here
        }
        for (String id : List.of("x-1", "x-2", "x-3")) {
            assertEquals(n(THREADS * perThread), get(id).get("v"), id);
        }
    }

    private static TransactWriteItem move(String id, String newBalance, String condition) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(item("id", id))
                .updateExpression("SET balance = " + newBalance).conditionExpression(condition)
                .expressionAttributeValues(Map.of(":amt", n(1))).build()).build();
    }

    @Test
    void concurrentCreateTableOfOneNameCreatesItOnce() throws Exception {
        String name = tableName("race");
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger inUse = new AtomicInteger();
        CyclicBarrier barrier = new CyclicBarrier(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            DynamoDbClient client = clients.get(t);
            futures.add(pool.submit((Callable<Void>) () -> {
                barrier.await(30, TimeUnit.SECONDS);
                try {
                    createTable(client, name, "id", null);
                    ok.incrementAndGet();
                } catch (software.amazon.awssdk.services.dynamodb.model.ResourceInUseException e) {
                    inUse.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        assertEquals(1, ok.get());
        assertEquals(THREADS - 1, inUse.get());
        runtime.client().putItem(r -> r.tableName(name).item(item("id", "x", "v", s("y"))));
    }
}
