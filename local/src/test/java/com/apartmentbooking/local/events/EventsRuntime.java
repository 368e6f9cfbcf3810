package com.apartmentbooking.local.events;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.lambda.FunctionInvoker;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.sqs.LocalSqs;
import com.apartmentbooking.local.states.StatesApi;
import com.apartmentbooking.local.store.Store;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * EventBridge and SQS on one {@link FrontDoor} on an ephemeral loopback port, on a store and a controllable clock,
 * with the real SDK clients pointed at it. Step Functions and Lambda are test doubles given by the test, so that
 * targets can fail, block or answer as each test needs; the system tests run the real ones together.
 */
final class EventsRuntime implements AutoCloseable {

    static final String REGION = "us-east-1";
    static final String ACCOUNT = "000000000000";
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private final Store store;
    private final ControllableClock clock;
    private final LocalEvents events;
    private final LocalSqs sqs;
    private final FrontDoor frontDoor;
    private final SdkHttpClient http = UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(30)).build();
    private final EventBridgeClient eventBridge;
    private final SqsClient sqsClient;

    EventsRuntime(Store store, ControllableClock clock, StatesApi stepFunctions) {
        this(store, clock, stepFunctions, null);
    }

    EventsRuntime(Store store, ControllableClock clock, StatesApi stepFunctions, FunctionInvoker lambda) {
        this.store = store;
        this.clock = clock;
        this.sqs = LocalSqs.start(store, clock, REGION, ACCOUNT, "http://localhost:4566");
        this.events = LocalEvents.start(store, clock, clock, REGION, ACCOUNT,
                new EventTargets(stepFunctions, lambda, sqs.api()));
        this.frontDoor = sqs.registerOn(events.registerOn(FrontDoor.builder().port(0))).build().start();
        URI endpoint = frontDoor.endpoint();
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        this.eventBridge = EventBridgeClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(http)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
        this.sqsClient = SqsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(http)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
    }

    static EventsRuntime inMemory(StatesApi stepFunctions) {
        return new EventsRuntime(Store.inMemory(), new ControllableClock(START), stepFunctions);
    }

    URI endpoint() {
        return frontDoor.endpoint();
    }

    EventBridgeClient eventBridge() {
        return eventBridge;
    }

    SqsClient sqs() {
        return sqsClient;
    }

    ControllableClock clock() {
        return clock;
    }

    LocalEvents events() {
        return events;
    }

    /** Creates a queue and returns its ARN. */
    String queue(String name) {
        String url = sqsClient.createQueue(r -> r.queueName(name)).queueUrl();
        return sqsClient.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    /** Lets the deliveries in hand finish, then takes every message the queue has now (with all attributes). */
    List<Message> drain(String queueName) {
        clock.advance(Duration.ZERO);
        String url = sqsClient.getQueueUrl(r -> r.queueName(queueName)).queueUrl();
        List<Message> messages = new ArrayList<>();
        while (true) {
            List<Message> batch = sqsClient.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)
                    .messageAttributeNames("All")).messages();
            if (batch.isEmpty()) {
                return messages;
            }
            messages.addAll(batch);
        }
    }

    /** Stops serving and delivering and closes the store, as a stopped runtime does. */
    @Override
    public void close() {
        eventBridge.close();
        sqsClient.close();
        http.close();
        try {
            frontDoor.close();
            events.close();
        } finally {
            store.close();
        }
    }
}
