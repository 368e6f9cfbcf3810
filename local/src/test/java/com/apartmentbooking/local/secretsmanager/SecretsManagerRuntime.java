package com.apartmentbooking.local.secretsmanager;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.store.Store;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Secrets Manager on a {@link FrontDoor} on an ephemeral loopback port, with the real SDK client pointed at it. */
final class SecretsManagerRuntime implements AutoCloseable {

    static final String REGION = "us-east-1";
    static final String ACCOUNT = "000000000000";
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private final Store store;
    private final FrontDoor frontDoor;
    private final SdkHttpClient http = UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(30)).build();
    private final SecretsManagerClient client;

    SecretsManagerRuntime(Store store, ControllableClock clock) {
        this.store = store;
        LocalSecretsManager secrets = LocalSecretsManager.start(store, clock, REGION, ACCOUNT);
        this.frontDoor = secrets.registerOn(FrontDoor.builder().port(0)).build().start();
        this.client = SecretsManagerClient.builder().endpointOverride(frontDoor.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")))
                .httpClient(http).overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
    }

    SecretsManagerClient client() {
        return client;
    }

    java.net.URI endpoint() {
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
