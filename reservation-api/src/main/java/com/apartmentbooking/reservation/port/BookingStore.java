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

    /**
     * Writes a new booking; returns false, writing nothing, when a booking with its id already exists. The write
     * is the request's commit point: the table's stream hands a new REQUESTED booking to the workflow.
     */
    boolean createIfAbsent(Booking booking);

}
