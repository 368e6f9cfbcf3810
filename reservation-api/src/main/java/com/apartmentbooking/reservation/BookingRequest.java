package com.apartmentbooking.reservation;

import com.apartmentbooking.model.BookingStatus;
import com.apartmentbooking.model.items.Booking;
import com.apartmentbooking.model.validation.InputRules;
import com.apartmentbooking.model.validation.ValidationException;
import java.util.Map;
import java.util.Objects;

/**
 * A validated {@code RequestBookingInput}.
 *
 * @param clientToken null when the caller gave none (then every request makes a new booking)
 */
public record BookingRequest(String apartmentId, String customerId, String clientToken, int paymentWindowSeconds) {

    /** Validates the {@code input} argument, reporting every problem at once; unknown keys are ignored. */
    public static BookingRequest from(Object input) {
        if (!(input instanceof Map<?, ?> fields)) {
            throw new ValidationException("input", "is required");
        }
        new InputRules()
                .id("input.apartmentId", fields.get("apartmentId"))
                .id("input.customerId", fields.get("customerId"))
                .optionalId("input.clientToken", fields.get("clientToken"))
                .paymentWindowSeconds("input.paymentWindowSeconds", fields.get("paymentWindowSeconds"))
                .throwIfInvalid();
        return new BookingRequest((String) fields.get("apartmentId"), (String) fields.get("customerId"),
                (String) fields.get("clientToken"),
                InputRules.paymentWindowOrDefault(fields.get("paymentWindowSeconds")));
    }

    /** The id of the booking this request makes: derived from the client token when there is one. */
    public String bookingId() {
        return clientToken == null ? BookingIds.random() : BookingIds.forClientToken(customerId, clientToken);
    }

    public Booking toNewBooking(String id, String requestedAt) {
        Booking booking = new Booking();
        booking.setId(id);
        booking.setApartmentId(apartmentId);
        booking.setCustomerId(customerId);
        booking.setClientToken(clientToken);
        booking.setPaymentWindowSeconds(paymentWindowSeconds);
        booking.setStatus(BookingStatus.REQUESTED.name());
        booking.setRequestedAt(requestedAt);
        booking.setUpdatedAt(requestedAt);
        return booking;
    }

    /** Whether {@code booking} was made by this very request, i.e. this is a retry rather than a token reuse. */
    public boolean madeBooking(Booking booking) {
        return clientToken != null
                && clientToken.equals(booking.getClientToken())
                && customerId.equals(booking.getCustomerId())
                && apartmentId.equals(booking.getApartmentId())
                && Objects.equals(paymentWindowSeconds, booking.getPaymentWindowSeconds());
    }
}
