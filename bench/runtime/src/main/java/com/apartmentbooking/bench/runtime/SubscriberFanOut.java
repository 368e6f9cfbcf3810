package com.apartmentbooking.bench.runtime;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One status change fanned out to many connected subscribers: the time from sending the publish mutation until
 * the last subscriber has it, against the baseline of one subscriber; and what an idle subscriber connection
 * costs the runtime (heap after a full GC, and resident memory, before and after the connections are open).
 */
final class SubscriberFanOut {

    private static final String PUBLISH = "mutation($apartmentId: ID!, $status: ApartmentStatus!) {"
            + " publishApartmentStatus(apartmentId: $apartmentId, status: $status) { apartmentId status } }";
    private static final String ON_APARTMENT = "subscription($apartmentId: ID) {"
            + " onApartmentStatusChanged(apartmentId: $apartmentId) { apartmentId status } }";
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private SubscriberFanOut() {
    }

    static void measure(Path jar, Path template, int subscribers, int rounds) throws Exception {
        int port = RuntimeBench.freePort();
        Process runtime = RuntimeBench.start(jar, template, Files.createTempDirectory("appsync-bench"), port, false);
        HttpClient http = HttpClient.newHttpClient();
        List<RealtimeSubscriber> connections = new ArrayList<>();
        try {
            RuntimeBench.awaitReady(runtime);
            GraphQlClient api = GraphQlClient.discover(RuntimeBench.endpoint(port), http);
            ConcurrentLinkedQueue<Long> one = new ConcurrentLinkedQueue<>();
            RealtimeSubscriber single = RealtimeSubscriber.connect(http, api);
            single.subscribe("one", ON_APARTMENT, Map.of("apartmentId", "fan-out-baseline"),
                    delivery -> one.add(delivery.receivedNanos()));
            connections.add(single);

            long heapBefore = heapUsedKb(runtime.pid());
            long rssBefore = residentKb(runtime.pid());
            ConcurrentLinkedQueue<Long> many = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < subscribers; i++) {
                RealtimeSubscriber connection = RealtimeSubscriber.connect(http, api);
                connection.subscribe("s" + i, ON_APARTMENT, Map.of("apartmentId", "fan-out"),
                        delivery -> many.add(delivery.receivedNanos()));
                connections.add(connection);
            }
            long heapAfter = heapUsedKb(runtime.pid());
            long rssAfter = residentKb(runtime.pid());

            List<Double> baseline = new ArrayList<>();
            List<Double> fanOut = new ArrayList<>();
            List<Double> medians = new ArrayList<>();
            for (int round = 0; round < rounds + 1; round++) {
                double oneMillis = publishAndAwait(api, "fan-out-baseline", one, 1)[1];
                double[] manyMillis = publishAndAwait(api, "fan-out", many, subscribers);
                if (round > 0) {
                    baseline.add(oneMillis);
                    medians.add(manyMillis[0]);
                    fanOut.add(manyMillis[1]);
                }
            }
            System.out.println();
            System.out.printf("Fan-out of one change, %d rounds after 1 unrecorded (ms from sending the publish"
                    + " mutation)%n", rounds);
            System.out.printf(Locale.ROOT, "  %-52s median of rounds %8.1f  %s%n",
                    "baseline: 1 subscriber has it", median(baseline), baseline);
            System.out.printf(Locale.ROOT, "  %-52s median of rounds %8.1f  %s%n",
                    "half of " + subscribers + " subscribers have it", median(medians), medians);
            System.out.printf(Locale.ROOT, "  %-52s median of rounds %8.1f  %s  %.1fx baseline%n",
                    "all " + subscribers + " subscribers have it", median(fanOut), fanOut,
                    median(fanOut) / median(baseline));
            System.out.printf(Locale.ROOT, "Idle subscriber connections: %d (one subscription each): heap after full"
                    + " GC %,d -> %,d KB (%.1f KB each), resident %,d -> %,d KB (%.1f KB each)%n", subscribers,
                    heapBefore, heapAfter, (heapAfter - heapBefore) / (double) subscribers, rssBefore, rssAfter,
                    (rssAfter - rssBefore) / (double) subscribers);
        } finally {
            connections.forEach(RealtimeSubscriber::close);
            RuntimeBench.stop(runtime);
        }
    }

    /** Publishes one change; returns ms until half and until all of {@code expected} deliveries arrived. */
    private static double[] publishAndAwait(GraphQlClient api, String apartmentId, ConcurrentLinkedQueue<Long> arrivals,
            int expected) throws Exception {
        arrivals.clear();
        long sent = System.nanoTime();
        api.withIam(PUBLISH, Map.of("apartmentId", apartmentId, "status", "RESERVED"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (arrivals.size() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(arrivals.size() + " of " + expected + " subscribers got the change");
            }
            new CountDownLatch(1).await(1, TimeUnit.MILLISECONDS);
        }
        List<Long> sorted = new ArrayList<>(arrivals);
        sorted.sort(null);
        return new double[] {(sorted.get(sorted.size() / 2) - sent) / 1e6, (sorted.get(sorted.size() - 1) - sent) / 1e6};
    }

    private static double median(List<Double> values) {
        return SubscriptionLatency.percentile(values, 50);
    }

    /** The runtime's used heap after a full GC, by the JDK's jcmd. */
    private static long heapUsedKb(long pid) throws Exception {
        jcmd(pid, "GC.run");
        Matcher used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info printed no used heap");
        }
        return Long.parseLong(used.group(1));
    }

    private static long residentKb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    private static String jcmd(long pid, String command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor(60, TimeUnit.SECONDS);
        return output;
    }
}
