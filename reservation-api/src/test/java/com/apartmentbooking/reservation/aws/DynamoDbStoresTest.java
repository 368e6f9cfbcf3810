package com.apartmentbooking.reservation.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.model.ApartmentStatus;
import com.apartmentbooking.model.items.Booking;
import com.apartmentbooking.model.items.TableSchemas;
import com.apartmentbooking.reservation.port.StoreUnavailableException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/** The DynamoDB adapters against a client double: SDK failures leave them as the port's exception. */
class DynamoDbStoresTest {

    @Test
    void everyApartmentReadOfAnUnreachableTableIsUnavailable() {
        DynamoDbApartmentStore apartments = new DynamoDbApartmentStore(
                enhanced(failingWith(() -> SdkClientException.create("connect timed out")))
                        .table("Apartments", TableSchemas.APARTMENT));

        assertUnavailable(() -> apartments.find("apt-1"));
        assertUnavailable(() -> apartments.page(null, 20, null));
        assertUnavailable(() -> apartments.page(ApartmentStatus.VACANT, 20, null));
    }

    @Test
    void everyBookingCallOfAnUnreachableTableIsUnavailable() {
        DynamoDbBookingStore bookings = new DynamoDbBookingStore(
                enhanced(failingWith(() -> SdkClientException.create("connect timed out")))
                        .table("Bookings", TableSchemas.BOOKING));

        assertUnavailable(() -> bookings.find("bk-1"));
        assertUnavailable(() -> bookings.createIfAbsent(booking()));
    }

    @Test
    void aFailedConditionIsAnAnswerNotAnOutage() {
        DynamoDbBookingStore bookings = new DynamoDbBookingStore(
                enhanced(failingWith(() -> ConditionalCheckFailedException.builder().message("failed").build()))
                        .table("Bookings", TableSchemas.BOOKING));

        assertFalse(bookings.createIfAbsent(booking()));
    }

    private static void assertUnavailable(Executable call) {
        StoreUnavailableException failure = assertThrows(StoreUnavailableException.class, call);
        assertEquals("connect timed out", failure.getCause().getMessage());
    }

    private static Booking booking() {
        Booking booking = new Booking();
        booking.setId("bk-1");
        booking.setStatus("REQUESTED");
        return booking;
    }

    private static DynamoDbEnhancedClient enhanced(DynamoDbClient client) {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    }

    /** A client whose every call fails with a fresh {@code failure}. */
    private static DynamoDbClient failingWith(Supplier<SdkException> failure) {
        return new DynamoDbClient() {
            @Override
            public GetItemResponse getItem(GetItemRequest request) {
                throw failure.get();
            }

            @Override
            public PutItemResponse putItem(PutItemRequest request) {
                throw failure.get();
            }

            @Override
            public UpdateItemResponse updateItem(UpdateItemRequest request) {
                throw failure.get();
            }

            @Override
            public ScanResponse scan(ScanRequest request) {
                throw failure.get();
            }

            @Override
            public QueryResponse query(QueryRequest request) {
                throw failure.get();
            }

            @Override
            public String serviceName() {
                return SERVICE_NAME;
            }

            @Override
            public void close() {
            }
        };
    }
}
