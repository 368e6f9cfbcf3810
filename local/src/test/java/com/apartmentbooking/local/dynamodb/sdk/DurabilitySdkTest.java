package com.apartmentbooking.local.dynamodb.sdk;

import static com.apartmentbooking.local.dynamodb.sdk.Ddb.item;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.n;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * An acknowledged write survives kill -9: a child JVM serves a durable store, the test writes through the SDK from
 * several threads, kills the child with SIGKILL while writes are in flight, starts a new child on the same directory,
 * and finds every acknowledged write (items, deletes, counters, transactions, stream records, table settings).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class DurabilitySdkTest {

    @TempDir
    Path dataDir;

    private final List<Process> children = new ArrayList<>();
    private final SdkHttpClient http = UrlConnectionHttpClient.create();

    @AfterEach
    void killChildren() {
        children.forEach(Process::destroyForcibly);
        http.close();
    }

    /** A child JVM on the test classpath serving {@link #dataDir}; returns its port. */
    private int startChild(Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", classpath, DurableChild.class.getName(), dataDir.toString())
                .redirectErrorStream(true);
        Process child = pb.start();
        children.add(child);
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("PORT ")) {
                int port = Integer.parseInt(line.substring(5).trim());
                Thread drain = new Thread(() -> drain(out, log.toFile()), "child-output");
                drain.setDaemon(true);
                drain.start();
                return port;
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("the child exited before listening:\n" + seen);
    }

    private static void drain(BufferedReader out, File log) {
        try (var w = new java.io.FileWriter(log, StandardCharsets.UTF_8, true)) {
            String line;
            while ((line = out.readLine()) != null) {
                w.write(line + "\n");
            }
        } catch (IOException ignored) {
            // the child is gone
        }
    }

    private void kill9(Process child) throws InterruptedException {
        // Process.destroyForcibly is SIGKILL on Linux: no shutdown hook, no close of the store.
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed by SIGKILL (128 + 9)");
    }

    private DynamoDbClient client(int port) {
        return SdkRuntime.newClient(SdkRuntime.endpoint(port), http);
    }

    @Test
    void acknowledgedWritesSurviveSigkill(@TempDir Path logs) throws Exception {
        int port = startChild(logs.resolve("child-1.log"));
        DynamoDbClient ddb = client(port);
        ddb.createTable(r -> r.tableName("durable")
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
        ddb.updateTimeToLive(r -> r.tableName("durable").timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
        ddb.putItem(r -> r.tableName("durable").item(item("id", "to-delete-0")));
        ddb.putItem(r -> r.tableName("durable").item(item("id", "to-delete-1")));

        // Writers: 4 threads putting new items, one incrementing a counter, one doing transactions, one deleting.
        Set<String> ackedPuts = ConcurrentHashMap.newKeySet();
        Set<String> ackedDeletes = ConcurrentHashMap.newKeySet();
        AtomicInteger ackedIncrements = new AtomicInteger();
        AtomicInteger ackedTransactions = new AtomicInteger();
        AtomicInteger acks = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            writers.add(new Thread(() -> {
                try (DynamoDbClient c = client(port)) {
                    for (int i = 0; ; i++) {
                        String id = "item-" + thread + "-" + i;
                        c.putItem(r -> r.tableName("durable").item(item("id", id, "payload", "x".repeat(200), "n", n(thread))));
                        ackedPuts.add(id);
                        if (acks.incrementAndGet() >= 800) {
                            enough.countDown();
                        }
                    }
                } catch (RuntimeException killed) {
                    // the child is gone
                }
            }));
        }
        writers.add(new Thread(() -> {
            try (DynamoDbClient c = client(port)) {
                while (true) {
                    c.updateItem(r -> r.tableName("durable").key(item("id", "counter"))
                            .updateExpression("ADD hits :one").expressionAttributeValues(Map.of(":one", n(1))));
                    ackedIncrements.incrementAndGet();
                }
            } catch (RuntimeException killed) {
                // the child is gone
            }
        }));
        writers.add(new Thread(() -> {
            try (DynamoDbClient c = client(port)) {
                for (int i = 0; ; i++) {
                    String a = "tx-a-" + i;
                    String b = "tx-b-" + i;
                    c.transactWriteItems(r -> r.transactItems(
                            TransactWriteItem.builder().put(p -> p.tableName("durable").item(item("id", a, "pair", s(b)))).build(),
                            TransactWriteItem.builder().put(p -> p.tableName("durable").item(item("id", b, "pair", s(a)))).build(),
                            TransactWriteItem.builder().update(Update.builder().tableName("durable").key(item("id", "tx-count"))
                                    .updateExpression("ADD transactions :one").expressionAttributeValues(Map.of(":one", n(1))).build()).build()));
                    ackedTransactions.incrementAndGet();
                }
            } catch (RuntimeException killed) {
                // the child is gone
            }
        }));
        writers.add(new Thread(() -> {
            try (DynamoDbClient c = client(port)) {
                for (int i = 0; i < 2; i++) {
                    String id = "to-delete-" + i;
                    c.deleteItem(r -> r.tableName("durable").key(item("id", id)));
                    ackedDeletes.add(id);
                }
            } catch (RuntimeException killed) {
                // the child is gone
            }
        }));
        writers.forEach(Thread::start);
        assertTrue(enough.await(120, TimeUnit.SECONDS), "800 acknowledged puts");
        kill9(children.get(0));
        for (Thread w : writers) {
            w.join(30_000);
            assertFalse(w.isAlive(), "writers stop when the child is gone");
        }
        ddb.close();

        // A new process on the same directory has every acknowledged write.
        int port2 = startChild(logs.resolve("child-2.log"));
        try (DynamoDbClient again = client(port2);
             DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder().endpointOverride(SdkRuntime.endpoint(port2))
                     .region(SdkRuntime.REGION).credentialsProvider(SdkRuntime.CREDENTIALS).httpClient(http).build()) {
            Set<String> present = new HashSet<>();
            again.scanPaginator(r -> r.tableName("durable").consistentRead(true)).items()
                    .forEach(i -> present.add(i.get("id").s()));
            Set<String> missing = new HashSet<>(ackedPuts);
            missing.removeAll(present);
            assertTrue(missing.isEmpty(), missing.size() + " of " + ackedPuts.size() + " acknowledged puts lost, e.g. "
                    + missing.stream().limit(5).toList());
            for (String deleted : ackedDeletes) {
                assertFalse(present.contains(deleted), "acknowledged delete of " + deleted + " lost");
            }
            Map<String, AttributeValue> counter = again.getItem(r -> r.tableName("durable").key(item("id", "counter"))).item();
            long hits = Long.parseLong(counter.get("hits").n());
            assertTrue(hits >= ackedIncrements.get() && hits <= ackedIncrements.get() + 1,
                    "counter " + hits + " after " + ackedIncrements.get() + " acknowledged increments");
            long transactions = Long.parseLong(again.getItem(r -> r.tableName("durable").key(item("id", "tx-count"))).item()
                    .get("transactions").n());
            assertTrue(transactions >= ackedTransactions.get() && transactions <= ackedTransactions.get() + 1);
            for (int i = 0; i < transactions; i++) {
                assertTrue(present.contains("tx-a-" + i) && present.contains("tx-b-" + i), "transaction " + i + " is whole");
            }
            assertFalse(present.contains("tx-a-" + transactions) || present.contains("tx-b-" + transactions),
                    "no part of an uncommitted transaction");

            // Table settings and the stream survive too, and hold a record for every acknowledged put.
            var table = again.describeTable(r -> r.tableName("durable")).table();
            assertEquals(StreamViewType.NEW_AND_OLD_IMAGES, table.streamSpecification().streamViewType());
            assertEquals(TimeToLiveStatus.ENABLED,
                    again.describeTimeToLive(r -> r.tableName("durable")).timeToLiveDescription().timeToLiveStatus());
            String arn = table.latestStreamArn();
            String shard = streams.describeStream(r -> r.streamArn(arn)).streamDescription().shards().get(0).shardId();
            String it = streams.getShardIterator(r -> r.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.TRIM_HORIZON))
                    .shardIterator();
            Set<String> inserted = new HashSet<>();
            for (int calls = 0; calls < 10_000 && it != null; calls++) {
                String current = it;
                var page = streams.getRecords(r -> r.shardIterator(current));
                for (Record rec : page.records()) {
                    if (rec.eventName() == OperationType.INSERT) {
                        inserted.add(rec.dynamodb().keys().get("id").s());
                    }
                }
                if (page.records().isEmpty()) {
                    break;
                }
                it = page.nextShardIterator();
            }
            Set<String> noRecord = new HashSet<>(ackedPuts);
            noRecord.removeAll(inserted);
            assertTrue(noRecord.isEmpty(), noRecord.size() + " acknowledged puts have no stream record");

            // And the restarted runtime takes writes again.
            again.putItem(r -> r.tableName("durable").item(item("id", "after-restart")));
            assertTrue(again.getItem(r -> r.tableName("durable").key(item("id", "after-restart"))).hasItem());
        }
    }

    @Test
    void repeatedKillsLoseNothingAcknowledged(@TempDir Path logs) throws Exception {
        Set<String> acked = ConcurrentHashMap.newKeySet();
        int port = startChild(logs.resolve("cycle-0.log"));
        try (DynamoDbClient ddb = client(port)) {
            ddb.createTable(r -> r.tableName("cycles")
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                    .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                    .billingMode(BillingMode.PAY_PER_REQUEST));
        }
        for (int cycle = 0; cycle < 3; cycle++) {
            int p = port;
            int c = cycle;
            AtomicInteger acks = new AtomicInteger();
            CountDownLatch enough = new CountDownLatch(1);
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                int thread = t;
                writers.add(new Thread(() -> {
                    try (DynamoDbClient w = client(p)) {
                        for (int i = 0; ; i++) {
                            String id = "c" + c + "-t" + thread + "-" + i;
                            w.putItem(r -> r.tableName("cycles").item(item("id", id)));
                            acked.add(id);
                            if (acks.incrementAndGet() >= 300) {
                                enough.countDown();
                            }
                        }
                    } catch (RuntimeException killed) {
                        // the child is gone
                    }
                }));
            }
            writers.forEach(Thread::start);
            assertTrue(enough.await(120, TimeUnit.SECONDS));
            kill9(children.get(children.size() - 1));
            for (Thread w : writers) {
                w.join(30_000);
            }
            port = startChild(logs.resolve("cycle-" + (cycle + 1) + ".log"));
            try (DynamoDbClient again = client(port)) {
                Set<String> present = new HashSet<>();
                again.scanPaginator(r -> r.tableName("cycles").consistentRead(true)).items()
                        .forEach(i -> present.add(i.get("id").s()));
                Set<String> missing = new HashSet<>(acked);
                missing.removeAll(present);
                assertTrue(missing.isEmpty(), "after kill " + (cycle + 1) + ": " + missing.size() + " of " + acked.size()
                        + " acknowledged puts lost, e.g. " + missing.stream().limit(5).toList());
            }
        }
    }
}
