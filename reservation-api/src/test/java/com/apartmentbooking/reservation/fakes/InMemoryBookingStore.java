package com.apartmentbooking.reservation.fakes;

import com.apartmentbooking.model.BookingStatus;
import com.apartmentbooking.model.items.Attributes;
import com.apartmentbooking.model.items.Booking;
import com.apartmentbooking.model.items.TableSchemas;
import com.apartmentbooking.reservation.port.BookingStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Bookings kept as DynamoDB attribute maps (through the real static schema), with the adapter's conditions. */
public final class InMemoryBookingStore implements BookingStore {
    private final Map<String, Map<String, AttributeValue>> items = new ConcurrentHashMap<>();

    public void put(Booking booking) {
        items.put(booking.getId(), TableSchemas.BOOKING.itemToMap(booking, true));
    }

    public List<Booking> all() {
        return items.values().stream().map(TableSchemas.BOOKING::mapToItem).toList();
    }

    @Override
    public Optional<Booking> find(String id) {
        return Optional.ofNullable(items.get(id)).map(TableSchemas.BOOKING::mapToItem);
    }

    @Override
    public boolean createIfAbsent(Booking booking) {
        return items.putIfAbsent(booking.getId(), TableSchemas.BOOKING.itemToMap(booking, true)) == null;
    }

    @Override
    public boolean rejectIfRequested(String id, String reason, String updatedAt) {
        Map<String, AttributeValue> item = items.get(id);
        if (item == null || !AttributeValue.fromS(BookingStatus.REQUESTED.name()).equals(item.get(Attributes.STATUS))) {
            return false;
        }
        Map<String, AttributeValue> updated = new HashMap<>(item);
        updated.put(Attributes.STATUS, AttributeValue.fromS(BookingStatus.REJECTED.name()));
        updated.put(Attributes.REASON, AttributeValue.fromS(reason));
        updated.put(Attributes.UPDATED_AT, AttributeValue.fromS(updatedAt));
        items.put(id, updated);
        return true;
    }
}
