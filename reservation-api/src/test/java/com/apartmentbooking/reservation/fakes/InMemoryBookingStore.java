package com.apartmentbooking.reservation.fakes;

import com.apartmentbooking.model.items.Booking;
import com.apartmentbooking.model.items.TableSchemas;
import com.apartmentbooking.reservation.port.BookingStore;
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
}
