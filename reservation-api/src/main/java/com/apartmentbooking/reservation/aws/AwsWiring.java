package com.apartmentbooking.reservation.aws;

import com.apartmentbooking.model.items.ApartmentSchema;
import com.apartmentbooking.model.items.BookingSchema;
import com.apartmentbooking.publisher.EventBridgeEventPublisher;
import com.apartmentbooking.reservation.RelaySettings;
import com.apartmentbooking.reservation.ReservationService;
import com.apartmentbooking.reservation.ReservationSettings;
import java.time.Clock;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Builds the reservation service and the outbox relay's publisher on real AWS clients. Endpoints are left to
 * the SDK, which honours
 * {@code AWS_ENDPOINT_URL}, so the same code runs on AWS and locally.
 */
public final class AwsWiring {

    public static ReservationService reservationService(ReservationSettings settings) {
        Region region = Region.of(settings.region());
        // One HTTP client shared by the two SDK clients; the URL-connection client starts fastest.
        // Step Functions is only asked for booking histories, so its client is built on first use.
        SdkHttpClient http = UrlConnectionHttpClient.create();
        DynamoDbEnhancedClient dynamoDb = DynamoDbEnhancedClient.builder()
                .dynamoDbClient(DynamoDbClient.builder().region(region).httpClient(http).build())
                .build();
        return new ReservationService(
                new DynamoDbApartmentStore(dynamoDb.table(settings.apartmentsTable(), ApartmentSchema.TABLE)),
                new DynamoDbBookingStore(dynamoDb.table(settings.bookingsTable(), BookingSchema.TABLE)),
                StepFunctionsExecutionHistory.builtOnFirstUse(
                        () -> SfnClient.builder().region(region).httpClient(http).build()),
                Clock.systemUTC());
    }

    /** The outbox relay's publisher: EventBridge on the URL-connection client, which starts fastest. */
    public static EventBridgeEventPublisher eventPublisher(RelaySettings settings) {
        return new EventBridgeEventPublisher(EventBridgeClient.builder().region(Region.of(settings.region()))
                .httpClient(UrlConnectionHttpClient.create()).build(), settings.eventBusName());
    }

    private AwsWiring() {
    }
}
