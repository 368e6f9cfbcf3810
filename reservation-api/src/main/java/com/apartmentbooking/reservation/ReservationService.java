package com.apartmentbooking.reservation;

import com.apartmentbooking.model.items.Apartment;
import com.apartmentbooking.model.items.Booking;
import com.apartmentbooking.reservation.port.ApartmentPage;
import com.apartmentbooking.reservation.port.ApartmentStore;
import com.apartmentbooking.reservation.port.BookingStore;
import com.apartmentbooking.reservation.port.ExecutionHistory;
import com.apartmentbooking.reservation.port.HistoryEntry;
import com.apartmentbooking.reservation.port.StoreUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the reservation API does, free of the AppSync event format (DESIGN §3, §4 "Request").
 * Refusals are domain exceptions ({@link com.apartmentbooking.model.validation.ValidationException},
 * {@link NotFoundException}, {@link ConflictException}); a store that cannot answer surfaces as the port's
 * {@link StoreUnavailableException}.
 */
public final class ReservationService {
    private final ApartmentStore apartments;
    private final BookingStore bookings;
    private final ExecutionHistory executions;
    private final Clock clock;

    public ReservationService(ApartmentStore apartments, BookingStore bookings, ExecutionHistory executions,
                              Clock clock) {
        this.apartments = apartments;
        this.bookings = bookings;
        this.executions = executions;
        this.clock = clock;
    }

    /**
     * Records the booking REQUESTED. That one conditional write is the request's commit point: the Bookings
     * stream carries it to the outbox relay ({@link BookingRequestedRelay}), which publishes its
     * {@code BookingRequested}, so a request accepted here reaches the workflow even if this function dies
     * right after the write. A retry with the same client token returns the booking the first attempt made.
     */
    public Booking requestBooking(BookingRequest request) {
        if (apartments.find(request.apartmentId()).isEmpty()) {
            throw new NotFoundException("apartment " + request.apartmentId() + " does not exist");
        }
        Booking booking = request.toNewBooking(request.bookingId(), now());
        if (!bookings.createIfAbsent(booking)) {
            return bookings.find(booking.getId())
                    .filter(request::madeBooking)
                    .orElseThrow(() -> new ConflictException(
                            "clientToken was already used for a different booking request"));
        }
        return booking;
    }

    public Optional<Apartment> apartment(String id) {
        return apartments.find(id);
    }

    public ApartmentPage apartments(ApartmentListing listing) {
        return apartments.page(listing.status(), listing.limit(), listing.startKey());
    }

    public Optional<Booking> booking(String id) {
        return bookings.find(id);
    }

    /** The booking's workflow history, oldest first; empty until the workflow has picked the booking up. */
    public List<HistoryEntry> bookingHistory(String bookingId) {
        Booking booking = bookings.find(bookingId)
                .orElseThrow(() -> new NotFoundException("booking " + bookingId + " does not exist"));
        return booking.getExecutionArn() == null ? List.of() : executions.eventsOf(booking.getExecutionArn());
    }

    private String now() {
        return Instant.now(clock).toString();
    }
}
