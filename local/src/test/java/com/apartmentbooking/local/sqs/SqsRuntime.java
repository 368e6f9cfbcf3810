package com.apartmentbooking.local.sqs;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.store.Store;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * SQS on a {@link FrontDoor} on an ephemeral loopback port, and the real SDK client pointed at it. Queue URLs
 * name a fixed endpoint: the SDK sends every request to its endpoint override, the URL only names the queue.
 */
final class SqsRuntime implements AutoCloseable {

    static final String ACCOUNT = "000000000000";
    /** Where the tests' clocks start. */
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final Store store;
    private final FrontDoor frontDoor;
    private final SdkHttpClient http = UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(60)).build();
    private final SqsClient client;

    SqsRuntime(Store store, Clock clock) {
        this(store, clock, door -> door);
    }

    /** SQS and the {@code otherRoutes} (such as the runtime's clock endpoint) on one front door. */
    SqsRuntime(Store store, Clock clock, UnaryOperator<FrontDoor.Builder> otherRoutes) {
        this.store = store;
        LocalSqs sqs = LocalSqs.start(store, clock, "us-east-1", ACCOUNT, "http://localhost:4566");
        this.frontDoor = otherRoutes.apply(sqs.registerOn(FrontDoor.builder().port(0).bindAddress("127.0.0.1")))
                .build().start();
        this.client = SqsClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + frontDoor.port()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")))
                .httpClient(http)
                // Every error must reach the test as the service sent it, not after retries.
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    SqsClient client() {
        return client;
    }

    /** Where the front door answers, for requests the SDK does not make. */
    URI endpoint() {
        return frontDoor.endpoint();
    }

    /** Stops serving and closes the store, as a stopped runtime does. */
    @Override
    public void close() {
        client.close();
        http.close();
        try {
            frontDoor.close();
        } finally {
            store.close();
        }
    }
}
