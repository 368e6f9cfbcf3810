package com.apartmentbooking.local.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * Events PutEvents acknowledged survive a SIGKILL of the runtime while their deliveries are in hand: a runtime
 * started on the same data directory delivers every one of them.
 */
class DeliveryKillTest {

    private static final String STATE_MACHINE = "arn:aws:states:us-east-1:000000000000:stateMachine:Booking";
    private static final int EVENTS = 10;

    @TempDir
    Path dataDir;

    private Process child;

    @AfterEach
    void kill() {
        if (child != null) {
            child.destroyForcibly();
        }
    }

    @Test
    void acknowledgedEventsAreDeliveredAfterSigkill() throws Exception {
        int port = startChild();
        Set<String> acknowledged = new HashSet<>();
        try (SdkHttpClient http = UrlConnectionHttpClient.create();
                EventBridgeClient eventBridge = EventBridgeClient.builder()
                        .endpointOverride(URI.create("http://127.0.0.1:" + port)).region(Region.US_EAST_1)
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
                        .httpClient(http).overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build()) {
            eventBridge.putRule(r -> r.name("bookings").eventPattern("{\"source\":[\"booking\"]}"));
            eventBridge.putTargets(r -> r.rule("bookings").targets(t -> t.id("t").arn(STATE_MACHINE).inputPath("$.detail")));
            for (int i = 0; i < EVENTS; i++) {
                String detail = "{\"n\":" + i + "}";
                eventBridge.putEvents(r -> r.entries(e -> e.source("booking").detailType("Requested").detail(detail)));
                acknowledged.add(detail);
            }
        }
        // Process.destroyForcibly is SIGKILL on Linux: no shutdown hook, no close of the store.
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed by SIGKILL (128 + 9)");

        StepFunctionsDouble working = new StepFunctionsDouble();
        try (EventsRuntime restarted = new EventsRuntime(Store.open(dataDir),
                new ControllableClock(EventsRuntime.START.plusSeconds(5)), working)) {
            restarted.clock().advance(Duration.ofMinutes(1));
            Set<String> delivered = new HashSet<>();
            working.started().forEach(request -> delivered.add(request.get("input").asText()));
            assertEquals(acknowledged, delivered);
        }
    }

    private int startChild() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        child = new ProcessBuilder(java, "-Xmx256m", "-cp", classpath, EventsChild.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("PORT ")) {
                Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }), "child-output");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(line.substring(5).trim());
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("the child exited before listening:\n" + seen);
    }
}
