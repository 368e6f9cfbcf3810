package com.apartmentbooking.reservation.port;

import com.apartmentbooking.model.items.Booking;
import java.util.Optional;

/**
 * The {@code Bookings} table as the reservation API uses it. Every method throws
 * {@link StoreUnavailableException} when the table cannot answer.
 */
public interface BookingStore {

    /** Reads a booking as last written (a strongly consistent read). */
    Optional<Booking> find(String id);

    /** Writes a new booking; returns false, writing nothing, when a booking with its id already exists. */
    boolean createIfAbsent(Booking booking);

    /**
     * Marks a booking REJECTED with {@code reason}, only while it is still REQUESTED, so that a
     * workflow that already took the booking over is never overruled.
     *
     * @return false when the booking was no longer REQUESTED (nothing was written)
     */
    boolean rejectIfRequested(String id, String reason, String updatedAt);
}
