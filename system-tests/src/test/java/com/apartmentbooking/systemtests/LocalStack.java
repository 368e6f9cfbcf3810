package com.apartmentbooking.systemtests;

import com.apartmentbooking.local.runtime.LocalRuntime;
import com.apartmentbooking.local.runtime.RuntimeOptions;
import com.apartmentbooking.local.template.ResolvedTemplate;
import java.net.URI;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The product as the local runtime runs it from the real {@code infra/template.yaml}, with a real AWS SDK client for
 * each service it serves. The payment window and webhook secret are the only settings the tests choose.
 */
final class LocalStack implements AutoCloseable {

    static final Path REPOSITORY = Path.of(System.getProperty("repository.root", ".."));
    static final Path TEMPLATE = REPOSITORY.resolve("infra/template.yaml");
    static final String WEBHOOK_SECRET = "system-test-webhook-secret";

    final URI endpoint;
    final ResolvedTemplate template;
    private final AutoCloseable runtime;
    final DynamoDbClient dynamoDb;
    final DynamoDbStreamsClient streams;
    final SfnClient stepFunctions;
    final LambdaClient lambda;
    final SqsClient sqs;
    final EventBridgeClient events;

    /** Clients for the runtime at {@code endpoint}, started from {@code template}; closing closes {@code runtime}. */
    LocalStack(URI endpoint, ResolvedTemplate template, AutoCloseable runtime) {
        this.endpoint = endpoint;
        this.template = template;
        this.runtime = runtime;
        dynamoDb = configure(DynamoDbClient.builder(), endpoint).build();
        streams = configure(DynamoDbStreamsClient.builder(), endpoint).build();
        stepFunctions = configure(SfnClient.builder(), endpoint).build();
        lambda = configure(LambdaClient.builder(), endpoint)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(java.time.Duration.ofSeconds(60)).retryStrategy(RetryMode.STANDARD).build())
                .build();
        sqs = configure(SqsClient.builder(), endpoint).build();
        events = configure(EventBridgeClient.builder(), endpoint).build();
    }

    /** The runtime in memory, on a free port. */
    static LocalStack start() {
        return start(null);
    }

    /** The runtime keeping its state in {@code dataDirectory} (null: in memory), on a free port. */
    static LocalStack start(Path dataDirectory) {
        RuntimeOptions options = RuntimeOptions.defaults(TEMPLATE).withPort(0).withDataDirectory(dataDirectory)
                .withParameter("PaymentWebhookSecret", WEBHOOK_SECRET);
        LocalRuntime runtime = LocalRuntime.start(options);
        return new LocalStack(runtime.endpoint(), runtime.template(), runtime);
    }

    static <B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, ?>
            & software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<B, ?>> B configure(B builder,
            URI endpoint) {
        return builder.endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create());
    }

    String tableName(String logicalId) {
        return template.table(logicalId).tableName();
    }

    String functionName(String logicalId) {
        return template.function(logicalId).functionName();
    }

    String stateMachineArn() {
        return template.stateMachine("BookingWorkflow").arn();
    }

    @Override
    public void close() {
        dynamoDb.close();
        streams.close();
        stepFunctions.close();
        lambda.close();
        sqs.close();
        events.close();
        try {
            runtime.close();
        } catch (Exception e) {
            throw new IllegalStateException("The runtime did not stop cleanly", e);
        }
    }
}
