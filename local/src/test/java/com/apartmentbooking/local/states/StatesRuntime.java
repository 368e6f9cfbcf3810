package com.apartmentbooking.local.states;

import static org.junit.jupiter.api.Assertions.fail;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.dynamodb.LocalDynamoDb;
import com.apartmentbooking.local.events.EventsApi;
import com.apartmentbooking.local.lambda.FunctionInvoker;
import com.apartmentbooking.local.server.FrontDoor;
import com.apartmentbooking.local.sqs.LocalSqs;
import com.apartmentbooking.local.store.Store;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Step Functions with real DynamoDB and SQS on one store, behind a front door on an ephemeral port, driven by
 * the real SDK clients and a clock the test advances. EventBridge and Lambda are stand-ins the test gives
 * (separate services with their own tests), or left out.
 */
public final class StatesRuntime implements AutoCloseable {
    public static final String ACCOUNT = "000000000000";
    public static final String REGION = "us-east-1";
    public static final String ROLE = "arn:aws:iam::000000000000:role/StatesRole";
    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));

    public final ControllableClock clock;
    public final Store store;
    public final LocalDynamoDb dynamoDb;
    public final LocalSqs sqs;
    public final LocalStates states;
    public final FrontDoor frontDoor;
    public final SfnClient sfn;
    public final DynamoDbClient dynamoDbClient;
    public final SqsClient sqsClient;
    private final SdkHttpClient http = UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(60)).build();

    public StatesRuntime() {
        this(Store.inMemory(), new ControllableClock(START), null, null);
    }

    public StatesRuntime(EventsApi eventBridge, FunctionInvoker lambda) {
        this(Store.inMemory(), new ControllableClock(START), eventBridge, lambda);
    }

    public StatesRuntime(Store store, ControllableClock clock, EventsApi eventBridge, FunctionInvoker lambda) {
        this.clock = clock;
        this.store = store;
        this.dynamoDb = LocalDynamoDb.start(store, clock, clock, REGION);
        this.sqs = LocalSqs.start(store, clock, REGION, ACCOUNT, "http://localhost:4566");
        this.states = LocalStates.start(store, clock, clock, REGION, ACCOUNT,
                new StatesIntegrations(dynamoDb.protocol(), eventBridge, sqs.api(), lambda));
        FrontDoor.Builder builder = FrontDoor.builder().port(0);
        dynamoDb.registerOn(builder);
        sqs.registerOn(builder);
        states.registerOn(builder);
        this.frontDoor = builder.build().start();
        URI endpoint = frontDoor.endpoint();
        this.sfn = sfnClient(endpoint, http);
        this.dynamoDbClient = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS).httpClient(http)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
        this.sqsClient = sqsClient(endpoint, http);
    }

    /** The SQS client for a runtime at {@code endpoint}; errors reach the test as sent, without retries. */
    public static SqsClient sqsClient(URI endpoint, SdkHttpClient http) {
        return SqsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS).httpClient(http)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
    }

    /** The Step Functions client for a runtime at {@code endpoint}; errors reach the test as sent, without retries. */
    public static SfnClient sfnClient(URI endpoint, SdkHttpClient http) {
        return SfnClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS).httpClient(http)
                // StartSyncExecution goes to a "sync-" host on AWS; a local endpoint has no such host.
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .build();
    }

    /** Creates a STANDARD machine and returns its ARN. */
    public String createMachine(String name, String definition) {
        return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE)).stateMachineArn();
    }

    public String start(String machineArn, String name, String input) {
        return sfn.startExecution(b -> b.stateMachineArn(machineArn).name(name).input(input)).executionArn();
    }

    /** Waits (polling DescribeExecution) until the execution has ended, and returns how it ended. */
    public DescribeExecutionResponse awaitEnd(String executionArn) {
        return awaitEnd(sfn, executionArn);
    }

    public static DescribeExecutionResponse awaitEnd(SfnClient sfn, String executionArn) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            DescribeExecutionResponse execution = sfn.describeExecution(b -> b.executionArn(executionArn));
            if (execution.status() != ExecutionStatus.RUNNING) {
                return execution;
            }
            pause();
        }
        return fail("The execution did not end: " + executionArn);
    }

    /** Waits until the execution's history has an event of {@code type}, e.g. that it entered a Wait state. */
    public void awaitEvent(String executionArn, HistoryEventType type) {
        awaitEvent(sfn, executionArn, type);
    }

    public static void awaitEvent(SfnClient sfn, String executionArn, HistoryEventType type) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (history(sfn, executionArn).stream().anyMatch(event -> event.type() == type)) {
                return;
            }
            pause();
        }
        fail("No " + type + " event in " + executionArn);
    }

    /** The whole history, oldest first. */
    public List<HistoryEvent> history(String executionArn) {
        return history(sfn, executionArn);
    }

    public static List<HistoryEvent> history(SfnClient sfn, String executionArn) {
        return sfn.getExecutionHistoryPaginator(b -> b.executionArn(executionArn)).events().stream().toList();
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Stops everything; {@link #closeKeepingStore()} leaves the store open for a restart. */
    @Override
    public void close() {
        closeKeepingStore();
        store.close();
    }

    public void closeKeepingStore() {
        sfn.close();
        dynamoDbClient.close();
        sqsClient.close();
        http.close();
        frontDoor.close();
        states.close();
        dynamoDb.close();
    }
}
