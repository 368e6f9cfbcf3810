package com.apartmentbooking.bench.runtime.targets;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Issue #14 target 3: the server process's CPU time per DynamoDB call, for both builds' runtimes (durable) and for
 * the canned-reply server of bench/dynamodb (in its own JVM with the after build's options). Calls: 50/50 PutItem
 * and GetItem of about 150-byte items over 5,000 keys from 4 threads sharing one SDK client, after a warm-up; CPU is
 * utime + stime of the server process over the measured calls. The servers run side by side and take turns.
 */
final class DynamoDbCpu {

    private static final String TABLE = "bench";
    private static final String PAYLOAD = "p".repeat(100);
    private static final int KEYS = 5_000;
    private static final int THREADS = 4;
    private static final String CANNED = "canned replies";

    /** A server under measure: its process and the client that calls it. */
    private record Server(String name, long pid, DynamoDbClient client) {
    }

    private DynamoDbCpu() {
    }

    static void measure(Settings settings) throws Exception {
        List<RuntimeProcess> runtimes = new ArrayList<>();
        Process canned = null;
        Map<String, Server> servers = new LinkedHashMap<>();
        Map<String, List<Double>> perCall = new LinkedHashMap<>();
        try {
            for (Build build : settings.builds()) {
                String name = "cpu-" + build.fileName();
                RuntimeProcess runtime = build.startReady(Files.createDirectories(settings.work().resolve("data")
                        .resolve(name)), false, settings.log(name));
                runtimes.add(runtime);
                servers.put(build.name(), new Server(build.name(), runtime.pid(), Clients.dynamoDb(runtime.endpoint())));
            }
            int port = Ports.free();
            canned = startCanned(settings, port);
            servers.put(CANNED, new Server(CANNED, canned.pid(),
                    Clients.dynamoDb(URI.create("http://127.0.0.1:" + port))));
            for (Server server : servers.values()) {
                createTable(server.client());
                calls(server.client(), settings.callWarmup());
            }
            for (int round = 0; round < settings.callRounds(); round++) {
                List<Server> order = new ArrayList<>(servers.values());
                if (round % 2 == 1) {
                    Collections.reverse(order);
                }
                for (Server server : order) {
                    double before = ProcessCpu.millis(server.pid());
                    calls(server.client(), settings.calls());
                    double used = ProcessCpu.millis(server.pid()) - before;
                    perCall.computeIfAbsent(server.name(), name -> new ArrayList<>()).add(used / settings.calls());
                }
                System.err.printf("cpu per call, round %d of %d done%n", round + 1, settings.callRounds());
            }
        } finally {
            servers.values().forEach(server -> server.client().close());
            for (RuntimeProcess runtime : runtimes) {
                runtime.stop();
            }
            if (canned != null) {
                canned.destroy();
                if (!canned.waitFor(30, TimeUnit.SECONDS)) {
                    canned.destroyForcibly().waitFor();
                }
            }
        }
        print(settings, perCall);
    }

    private static Process startCanned(Settings settings, int port) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Java.executable()));
        // Class-data archives belong to the runtime's jar; the canned server's JVM takes every other option.
        settings.after().jvmOptions().stream().filter(option -> !option.contains("SharedArchiveFile")
                && !option.contains("ArchiveClassesAtExit")).forEach(command::add);
        command.addAll(List.of("-cp", settings.cannedJar().toString(),
                "com.apartmentbooking.bench.dynamodb.CannedServer", Integer.toString(port)));
        Path log = settings.log("cpu-canned");
        Files.createDirectories(log.getParent());
        Process process = LiveProcesses.track(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start());
        Ports.awaitListening(port, process);
        return process;
    }

    /** The table, with every key put once, so every GetItem finds its item. */
    private static void createTable(DynamoDbClient client) throws Exception {
        client.createTable(c -> c.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        client.waiter().waitUntilTableExists(d -> d.tableName(TABLE));
        onThreads(thread -> {
            for (int key = thread; key < KEYS; key += THREADS) {
                put(client, key);
            }
        });
    }

    /** {@code count} calls, half PutItem and half GetItem at random over the keys, from the threads. */
    private static void calls(DynamoDbClient client, int count) throws Exception {
        onThreads(thread -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int share = count / THREADS + (thread < count % THREADS ? 1 : 0);
            for (int i = 0; i < share; i++) {
                int key = random.nextInt(KEYS);
                if (random.nextBoolean()) {
                    put(client, key);
                } else {
                    client.getItem(g -> g.tableName(TABLE).key(Map.of("id", AttributeValue.fromS(id(key)))));
                }
            }
        });
    }

    private static void onThreads(IntConsumer work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                running.add(threads.submit(() -> work.accept(thread)));
            }
            for (Future<?> done : running) {
                done.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
    private static void put(DynamoDbClient client, int key) {
        client.putItem(p -> p.tableName(TABLE).item(Map.of("id", AttributeValue.fromS(id(key)), "payload",
                AttributeValue.fromS(PAYLOAD), "n", AttributeValue.fromN(Integer.toString(key)))));
    }

    private static String id(int key) {
        return String.format("item-%08d", key);
    }

    private static void print(Settings settings, Map<String, List<Double>> perCall) {
        Build before = settings.before();
        Build after = settings.after();
        double canned = Stats.median(perCall.get(CANNED));
        double b = Stats.median(perCall.get(before.name()));
        double a = Stats.median(perCall.get(after.name()));
        Table table = new Table("Target 3: server CPU per DynamoDB call, durable runtime, " + settings.calls()
                + " calls per round (50/50 PutItem/GetItem, " + THREADS + " client threads)",
                "server", "CPU ms per call", "/ canned replies", "rounds");
        table.row(before.name() + ", durable", Stats.format(b), Stats.ratio(b, canned),
                Stats.list(perCall.get(before.name())));
        table.row(after.name() + ", durable", Stats.format(a), Stats.ratio(a, canned),
                Stats.list(perCall.get(after.name())));
        table.row("canned replies (bench/dynamodb CannedServer)", Stats.format(canned), "1.00",
                Stats.list(perCall.get(CANNED)));
        table.row("**after / before**", Stats.ratio(a, b), "", "");
        table.note("Target: ours / canned <= 1.5. CPU = utime + stime of the server process (/proc/<pid>/stat) over "
                + "the round's calls, after " + settings.callWarmup() + " warm-up calls and " + KEYS
                + " puts; median of " + settings.callRounds() + " rounds.");
        table.print();
    }
}
