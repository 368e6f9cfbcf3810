package com.apartmentbooking.bench.dynamodb;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The client side of bench/dynamodb/run.sh: one SDK v2 DynamoDbClient (URL-connection HTTP client) per target runs
 * sequential PutItem then GetItem ({@code --ops} each) and a mixed 50/50 PutItem/GetItem load on {@code --threads}
 * threads ({@code --mixed-ops} in all), after a warm-up of the client's JIT. Targets are measured in turn, round by
 * round ({@code --rounds}), and each figure is the median of its rounds.
 *
 * <pre>java -jar dynamodb-bench.jar ceiling=http://127.0.0.1:P1 ours=http://127.0.0.1:P2 dynalite=http://127.0.0.1:P3
 *      [--ops 5000] [--mixed-ops 20000] [--threads 4] [--warmup 5000] [--rounds 3]</pre>
 */
public final class Bench {

    static final String TABLE = "bench";
    static final String PAYLOAD = "p".repeat(100);

    private final int ops;
    private final int mixedOps;
    private final int threads;

    private Bench(int ops, int mixedOps, int threads) {
        this.ops = ops;
        this.mixedOps = mixedOps;
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        Map<String, URI> targets = new LinkedHashMap<>();
        Map<String, Integer> options = new LinkedHashMap<>(Map.of("--ops", 5000, "--mixed-ops", 20000, "--threads", 4,
                "--warmup", 5000, "--rounds", 3));
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                options.put(args[i], Integer.parseInt(args[++i]));
            } else {
                String[] nameUrl = args[i].split("=", 2);
                targets.put(nameUrl[0], URI.create(nameUrl[1]));
            }
        }
        Bench bench = new Bench(options.get("--ops"), options.get("--mixed-ops"), options.get("--threads"));
        int rounds = options.get("--rounds");

        Map<String, DynamoDbClient> clients = new LinkedHashMap<>();
        targets.forEach((name, uri) -> clients.put(name, client(uri)));
        for (var e : clients.entrySet()) {
            createTable(e.getValue());
        }
        // Warm-up: the client's JIT (and each server's) on the same calls that are timed, untimed.
        int warmup = options.get("--warmup");
        for (var e : clients.entrySet()) {
            System.out.printf("warming up against %s (%d puts, %d gets, %d mixed)%n", e.getKey(), warmup, warmup, warmup);
            bench.puts(e.getValue(), Math.max(warmup, bench.ops));
            bench.gets(e.getValue(), warmup);
            bench.mixed(e.getValue(), warmup);
        }

        Map<String, List<double[]>> results = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (var e : clients.entrySet()) {
                double put = bench.puts(e.getValue(), bench.ops);
                double get = bench.gets(e.getValue(), bench.ops);
                double mixed = bench.mixed(e.getValue(), bench.mixedOps);
                results.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new double[] {put, get, mixed});
                System.out.printf(Locale.ROOT, "round %d %-9s put %8.0f/s  get %8.0f/s  mixed(%d threads) %8.0f/s%n",
                        round, e.getKey(), put, get, bench.threads, mixed);
            }
        }

        Map<String, double[]> medians = new LinkedHashMap<>();
        results.forEach((name, list) -> medians.put(name, new double[] {
                median(list, 0), median(list, 1), median(list, 2)}));
        System.out.println();
        System.out.printf(Locale.ROOT, "Median of %d rounds; sequential: %d PutItem then %d GetItem on one client; "
                + "mixed: %d ops, 50/50 PutItem/GetItem, %d threads, one shared client.%n", rounds, bench.ops, bench.ops,
                bench.mixedOps, bench.threads);
        System.out.printf(Locale.ROOT, "%-10s %14s %14s %18s%n", "target", "PutItem ops/s", "GetItem ops/s", "mixed ops/s");
        medians.forEach((name, m) -> System.out.printf(Locale.ROOT, "%-10s %14.0f %14.0f %18.0f%n", name, m[0], m[1], m[2]));
        double[] ours = medians.get("ours");
        if (ours != null) {
            System.out.println();
            for (var e : medians.entrySet()) {
                if (e.getKey().equals("ours")) {
                    continue;
                }
                double[] other = e.getValue();
                System.out.printf(Locale.ROOT, "ours/%-9s PutItem %.2f  GetItem %.2f  mixed %.2f%n", e.getKey(),
                        ours[0] / other[0], ours[1] / other[1], ours[2] / other[2]);
            }
            double[] ceiling = medians.get("ceiling");
            double[] dynalite = medians.get("dynalite");
            System.out.println();
            if (ceiling != null) {
                verdict("sequential PutItem >= 80% of the ceiling", ours[0] / ceiling[0] >= 0.8);
                verdict("sequential GetItem >= 80% of the ceiling", ours[1] / ceiling[1] >= 0.8);
            }
            if (dynalite != null) {
                verdict("4-thread mixed >= 2x dynalite", ours[2] / dynalite[2] >= 2.0);
            }
        }
        clients.values().forEach(DynamoDbClient::close);
    }

    private static void verdict(String target, boolean met) {
        System.out.printf("target %-45s %s%n", target, met ? "MET" : "NOT MET");
    }

    private static double median(List<double[]> rounds, int column) {
        double[] values = rounds.stream().mapToDouble(r -> r[column]).toArray();
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(60)).build())
                .build();
    }

    private static void createTable(DynamoDbClient client) throws InterruptedException {
        // Every server starts empty for the run: no table to delete first.
        client.createTable(r -> r.tableName(TABLE)
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        waitFor(client, TableStatus.ACTIVE);
    }

    /** dynalite creates tables after a delay, as DynamoDB does. */
    private static void waitFor(DynamoDbClient client, TableStatus status) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            try {
                TableStatus now = client.describeTable(r -> r.tableName(TABLE)).table().tableStatus();
                if (now == status) {
                    return;
                }
            } catch (ResourceNotFoundException notYet) {
                // not there yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("table " + TABLE + " did not become " + status);
    }

    static String key(int i) {
        return String.format(Locale.ROOT, "item-%08d", i);
    }

    private static void put(DynamoDbClient client, int i) {
        client.putItem(r -> r.tableName(TABLE).item(Map.of(
                "id", AttributeValue.fromS(key(i)),
                "payload", AttributeValue.fromS(PAYLOAD),
                "n", AttributeValue.fromN(Integer.toString(i)))));
    }

    private void get(DynamoDbClient client, int i) {
        var item = client.getItem(r -> r.tableName(TABLE).key(Map.of("id", AttributeValue.fromS(key(i))))).item();
        if (item == null || item.isEmpty()) {
            throw new IllegalStateException("GetItem found no item " + key(i));
        }
    }

    /** ops/s of {@code count} sequential PutItem calls of keys 0..count-1. */
    double puts(DynamoDbClient client, int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            put(client, i);
        }
        return count / seconds(start);
    }

    /** ops/s of {@code count} sequential GetItem calls of keys that exist. */
    double gets(DynamoDbClient client, int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            get(client, i);
        }
        return count / seconds(start);
    }

    /** ops/s of {@code count} calls, half PutItem half GetItem in random order, over {@link #threads} threads. */
    double mixed(DynamoDbClient client, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int perThread = count / threads;
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < perThread; i++) {
                    int k = random.nextInt(ops);
                    if (random.nextBoolean()) {
                        put(client, k);
                    } else {
                        get(client, k);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double rate = perThread * threads / seconds(start);
        pool.shutdown();
        return rate;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
