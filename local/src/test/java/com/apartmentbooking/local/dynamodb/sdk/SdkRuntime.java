package com.apartmentbooking.local.dynamodb.sdk;

import com.apartmentbooking.local.clock.RuntimeClock;
import com.apartmentbooking.local.clock.StoredClockOffset;
import com.apartmentbooking.local.dynamodb.LocalDynamoDb;
import com.apartmentbooking.local.dynamodbstreams.LocalDynamoDbStreams;
import com.apartmentbooking.local.server.AcceptedCredentials;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.server.SigV4Verifier;
import com.apartmentbooking.local.store.Store;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The local runtime as the SDK tests see it: a {@link FrontDoor} on an ephemeral loopback port with
 * DynamoDB and DynamoDB Streams registered ({@link LocalDynamoDb}) on an in-memory or durable
 * {@link Store} and the runtime's clock, and the real AWS SDK v2 clients pointed at it. The only class of these tests that
 * touches the runtime's own API.
 */
final class SdkRuntime implements AutoCloseable {

    static final Region REGION = Region.US_EAST_1;
    /** How long a test waits for the TTL sweeper to delete an expired item. */
    static final Duration TTL_WAIT = Duration.ofSeconds(15);
    static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));

    private final Store store;
    private final RuntimeClock clock;
    private final LocalDynamoDb dynamoDb;
    private final FrontDoor frontDoor;
    private final SdkHttpClient http = UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(60)).build();
    private DynamoDbClient client;
    private DynamoDbStreamsClient streams;
    private DynamoDbEnhancedClient enhanced;

    private SdkRuntime(Store store) {
        this(store, Duration.ZERO);
    }

    private SdkRuntime(Store store, Duration tableStatusDelay) {
        this.store = store;
        this.clock = new RuntimeClock(Clock.systemUTC(), new StoredClockOffset(store));
        this.dynamoDb = LocalDynamoDb.start(store, clock, clock, LocalDynamoDb.DEFAULT_REGION, tableStatusDelay);
        // Signatures are checked as the runtime checks them: the SDK's key is one it was not given, served unchecked.
        FrontDoor.Builder door = dynamoDb.registerOn(FrontDoor.builder().port(0).bindAddress("127.0.0.1")
                .signatures(new SigV4Verifier(AcceptedCredentials.defaults("000000000000"), clock)));
        this.frontDoor = new LocalDynamoDbStreams(dynamoDb.service()).registerOn(door).build().start();
    }

    /** A runtime on {@link Store#inMemory()} whose table changes finish before the call answers. */
    static SdkRuntime inMemory() {
        return new SdkRuntime(Store.inMemory());
    }

    /** A runtime on {@link Store#inMemory()} whose tables stay CREATING, UPDATING or DELETING that long. */
    static SdkRuntime inMemory(Duration tableStatusDelay) {
        return new SdkRuntime(Store.inMemory(), tableStatusDelay);
    }

    /** A runtime on {@link Store#open(Path)}: what it acknowledges survives the process. */
    static SdkRuntime durable(Path dataDir) {
        return new SdkRuntime(Store.open(dataDir));
    }

    /** Moves the runtime's clock on, as an operator's advance does: what falls due meanwhile runs. */
    void advanceClock(Duration duration) {
        clock.advance(duration);
    }

    int port() {
        return frontDoor.port();
    }

    URI endpoint() {
        return endpoint(port());
    }

    static URI endpoint(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    synchronized DynamoDbClient client() {
        if (client == null) {
            client = newClient();
        }
        return client;
    }

    /** A client of its own (its own connection pool), for tests that run clients side by side. */
    DynamoDbClient newClient() {
        return newClient(endpoint(), http);
    }

    static DynamoDbClient newClient(URI endpoint, SdkHttpClient http) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(CREDENTIALS)
                .httpClient(http)
                // Every error must reach the test as the service sent it, not after retries.
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    synchronized DynamoDbStreamsClient streams() {
        if (streams == null) {
            streams = DynamoDbStreamsClient.builder()
                    .endpointOverride(endpoint())
                    .region(REGION)
                    .credentialsProvider(CREDENTIALS)
                    .httpClient(http)
                    .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                    .build();
        }
        return streams;
    }

    synchronized DynamoDbEnhancedClient enhanced() {
        if (enhanced == null) {
            enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client()).build();
        }
        return enhanced;
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
        if (streams != null) {
            streams.close();
        }
        http.close();
        try {
            frontDoor.close();
        } finally {
            dynamoDb.close();
            clock.close();
            store.close();
        }
    }
}
