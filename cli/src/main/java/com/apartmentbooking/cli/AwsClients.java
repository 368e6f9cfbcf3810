package com.apartmentbooking.cli;

import java.time.Duration;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The AWS SDK clients of one command, made when first used and closed with it. */
final class AwsClients implements AutoCloseable {

    private final Target target;
    private final SdkHttpClient http = UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(5))
            .socketTimeout(Duration.ofSeconds(60))
            .build();
    private LambdaClient lambda;
    private SecretsManagerClient secrets;
    private SfnClient stepFunctions;
    private SqsClient sqs;

    AwsClients(Target target) {
        this.target = target;
    }

    LambdaClient lambda() {
        if (lambda == null) {
            lambda = configure(LambdaClient.builder()).build();
        }
        return lambda;
    }

    SecretsManagerClient secrets() {
        if (secrets == null) {
            secrets = configure(SecretsManagerClient.builder()).build();
        }
        return secrets;
    }

    SfnClient stepFunctions() {
        if (stepFunctions == null) {
            stepFunctions = configure(SfnClient.builder()).build();
        }
        return stepFunctions;
    }

    SqsClient sqs() {
        if (sqs == null) {
            sqs = configure(SqsClient.builder()).build();
        }
        return sqs;
    }

    // Against the runtime one attempt: one that is not running is reported at once, not after the SDK's back-off.
    private <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configure(B builder) {
        builder.region(target.region()).credentialsProvider(target.credentials()).httpClient(http);
        if (target.isAws()) {
            builder.overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD));
        } else {
            builder.endpointOverride(target.endpoint())
                    .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()));
        }
        return builder;
    }

    @Override
    public void close() {
        for (AutoCloseable client : new AutoCloseable[] {lambda, secrets, stepFunctions, sqs}) {
            if (client != null) {
                try {
                    client.close();
                } catch (Exception ignored) {
                    // Closing releases connections only; the command's outcome is already decided.
                }
            }
        }
        http.close();
    }
}
