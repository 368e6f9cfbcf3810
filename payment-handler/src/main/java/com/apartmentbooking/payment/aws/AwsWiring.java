package com.apartmentbooking.payment.aws;

import com.apartmentbooking.payment.PaymentService;
import com.apartmentbooking.payment.PaymentSettings;
import com.apartmentbooking.payment.port.WebhookSecretSource;
import com.apartmentbooking.publisher.EventBridgeEventPublisher;
import java.time.Clock;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Builds the function's parts on real AWS clients. Endpoints are left to the SDK, which honours
 * {@code AWS_ENDPOINT_URL}, so the same code runs on AWS and locally.
 */
public final class AwsWiring {

    private final PaymentSettings settings;
    private final Region region;
    // One HTTP client shared by every SDK client; the URL-connection client starts fastest.
    private final SdkHttpClient http = UrlConnectionHttpClient.create();

    public AwsWiring(PaymentSettings settings) {
        this.settings = settings;
        this.region = Region.of(settings.region());
    }

    public PaymentService paymentService(Clock clock) {
        return new PaymentService(
                new DynamoDbPaymentLedger(DynamoDbClient.builder().region(region).httpClient(http).build(),
                        settings.apartmentsTable(), settings.bookingsTable(), settings.paymentsTable()),
                new EventBridgeEventPublisher(EventBridgeClient.builder().region(region).httpClient(http).build(),
                        settings.eventBusName()),
                clock);
    }

    public WebhookSecretSource webhookSecrets() {
        return new SecretsManagerWebhookSecrets(SecretsManagerClient.builder().region(region).httpClient(http).build(),
                settings.webhookSecretArn());
    }
}
