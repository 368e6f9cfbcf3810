package com.apartmentbooking.reservation;

import com.apartmentbooking.model.events.BookingRequested;
import com.apartmentbooking.model.events.EventPublishException;
import com.apartmentbooking.model.items.Apartment;
import com.apartmentbooking.model.items.Booking;
import com.apartmentbooking.reservation.port.ApartmentPage;
import com.apartmentbooking.reservation.port.ApartmentStore;
import com.apartmentbooking.reservation.port.BookingStore;
import com.apartmentbooking.model.events.EventPublisher;
import com.apartmentbooking.reservation.port.ExecutionHistory;
import com.apartmentbooking.reservation.port.HistoryEntry;
import com.apartmentbooking.reservation.port.StoreUnavailableException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the reservation API does, free of the AppSync event format (DESIGN §3, §4 "Request").
 * Refusals are domain exceptions ({@link com.apartmentbooking.model.validation.ValidationException},
 * {@link NotFoundException}, {@link ConflictException}, {@link UnavailableException}); a store that
 * cannot answer surfaces as the port's {@link StoreUnavailableException}.
 */
public final class ReservationService {
    /** The booking's reason when its request never reached the workflow. */
    public static final String EVENT_PUBLISH_FAILED = "EVENT_PUBLISH_FAILED";

    private static final System.Logger LOG = System.getLogger(ReservationService.class.getName());

    private final ApartmentStore apartments;
    private final BookingStore bookings;
    private final EventPublisher events;
    private final ExecutionHistory executions;
    private final Clock clock;

    public ReservationService(ApartmentStore apartments, BookingStore bookings, EventPublisher events,
                              ExecutionHistory executions, Clock clock) {
        this.apartments = apartments;
        this.bookings = bookings;
        this.events = events;
        this.executions = executions;
        this.clock = clock;
    }

    /**
     * Records the booking REQUESTED and hands it to the workflow through {@code BookingRequested}.
     * A retry with the same client token returns the booking the first attempt made and publishes nothing.
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
        publishOrReject(booking);
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

    /** A booking whose event is lost would stay REQUESTED forever, so a failed publish rejects it. */
    private void publishOrReject(Booking booking) {
        try {
            events.publish(new BookingRequested(booking.getId(), booking.getApartmentId(), booking.getCustomerId(),
                    booking.getRequestedAt(), booking.getPaymentWindowSeconds()));
        } catch (EventPublishException e) {
            LOG.log(Level.WARNING, "BookingRequested for booking " + booking.getId() + " was not published", e);
            reject(booking);
            throw new UnavailableException("booking " + booking.getId() + " could not be submitted and was rejected ("
                    + EVENT_PUBLISH_FAILED + "); please try again with a new clientToken");
        }
    }

    private void reject(Booking booking) {
        try {
            if (!bookings.rejectIfRequested(booking.getId(), EVENT_PUBLISH_FAILED, now())) {
                LOG.log(Level.WARNING, "booking " + booking.getId() + " had already left REQUESTED; left as it is");
            }
        } catch (StoreUnavailableException e) {
            LOG.log(Level.ERROR, "booking " + booking.getId() + " stays REQUESTED: rejecting it failed", e);
        }
    }

    private String now() {
        return Instant.now(clock).toString();
    }
}
