package com.apartmentbooking.reservation.aws;

import com.apartmentbooking.model.items.TableSchemas;
import com.apartmentbooking.reservation.ReservationService;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Builds the service on real AWS clients from the function's environment. Endpoints are left to
 * the SDK, which honours {@code AWS_ENDPOINT_URL}, so the same code runs on AWS and locally.
 */
public final class AwsWiring {
    public static final String APARTMENTS_TABLE = "APARTMENTS_TABLE";
    public static final String BOOKINGS_TABLE = "BOOKINGS_TABLE";
    public static final String EVENT_BUS_NAME = "EVENT_BUS_NAME";
    public static final String AWS_REGION = "AWS_REGION";

    /**
     * @param environment reads one environment variable (null when unset)
     * @throws IllegalStateException naming every required variable that is missing
     */
    public static ReservationService reservationService(Function<String, String> environment) {
        List<String> missing = List.of(APARTMENTS_TABLE, BOOKINGS_TABLE, EVENT_BUS_NAME, AWS_REGION).stream()
                .filter(name -> environment.apply(name) == null || environment.apply(name).isBlank())
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("missing environment variable(s): " + String.join(", ", missing));
        }
        Region region = Region.of(environment.apply(AWS_REGION));
        // One HTTP client shared by the three SDK clients; the URL-connection client starts fastest.
        SdkHttpClient http = UrlConnectionHttpClient.create();
        DynamoDbEnhancedClient dynamoDb = DynamoDbEnhancedClient.builder()
                .dynamoDbClient(DynamoDbClient.builder().region(region).httpClient(http).build())
                .build();
        return new ReservationService(
                new DynamoDbApartmentStore(dynamoDb.table(environment.apply(APARTMENTS_TABLE), TableSchemas.APARTMENT)),
                new DynamoDbBookingStore(dynamoDb.table(environment.apply(BOOKINGS_TABLE), TableSchemas.BOOKING)),
                new EventBridgeEventPublisher(EventBridgeClient.builder().region(region).httpClient(http).build(),
                        environment.apply(EVENT_BUS_NAME)),
                new StepFunctionsExecutionHistory(SfnClient.builder().region(region).httpClient(http).build()),
                Clock.systemUTC());
    }

    private AwsWiring() {
    }
}
