package com.apartmentbooking.reservation.aws;

import com.apartmentbooking.model.items.Attributes;
import com.apartmentbooking.model.items.Booking;
import com.apartmentbooking.reservation.port.BookingStore;
import com.apartmentbooking.reservation.port.StoreUnavailableException;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** {@link BookingStore} on the {@code Bookings} table, with conditional writes. */
public final class DynamoDbBookingStore implements BookingStore {
    private static final Expression ID_IS_NEW = Expression.builder()
            .expression("attribute_not_exists(#id)")
            .putExpressionName("#id", Attributes.ID)
            .build();

    private final DynamoDbTable<Booking> table;

    public DynamoDbBookingStore(DynamoDbTable<Booking> table) {
        this.table = table;
    }

    @Override
    public Optional<Booking> find(String id) {
        try {
            return Optional.ofNullable(table.getItem(r -> r.key(k -> k.partitionValue(id)).consistentRead(true)));
        } catch (SdkException e) {
            throw new StoreUnavailableException("reading booking " + id + " failed", e);
        }
    }

    @Override
    public boolean createIfAbsent(Booking booking) {
        try {
            table.putItem(PutItemEnhancedRequest.builder(Booking.class)
                    .item(booking)
                    .conditionExpression(ID_IS_NEW)
                    .build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        } catch (SdkException e) {
            throw new StoreUnavailableException("creating booking " + booking.getId() + " failed", e);
        }
    }
}
