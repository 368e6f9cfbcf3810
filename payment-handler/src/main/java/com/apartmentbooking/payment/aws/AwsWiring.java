package com.apartmentbooking.payment.aws;

import com.apartmentbooking.payment.PaymentService;
import com.apartmentbooking.payment.PaymentSettings;
import com.apartmentbooking.publisher.EventBridgeEventPublisher;
import java.time.Clock;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * Builds the service on real AWS clients. Endpoints are left to the SDK, which honours
 * {@code AWS_ENDPOINT_URL}, so the same code runs on AWS and locally.
 */
public final class AwsWiring {

    public static PaymentService paymentService(PaymentSettings settings, Clock clock) {
        Region region = Region.of(settings.region());
        // One HTTP client shared by both SDK clients; the URL-connection client starts fastest.
        SdkHttpClient http = UrlConnectionHttpClient.create();
        return new PaymentService(
                new DynamoDbPaymentLedger(DynamoDbClient.builder().region(region).httpClient(http).build(),
                        settings.apartmentsTable(), settings.bookingsTable(), settings.paymentsTable()),
                new EventBridgeEventPublisher(EventBridgeClient.builder().region(region).httpClient(http).build(),
                        settings.eventBusName()),
                clock);
    }

    private AwsWiring() {
    }
}
