package com.apartmentbooking.model.events;

/** Names on the {@code booking} bus that producers and the routing rules agree on (DESIGN §3). */
public final class EventContract {
    public static final String SOURCE_RESERVATION = "booking.reservation";
    public static final String SOURCE_WORKFLOW = "booking.workflow";
    public static final String SOURCE_PAYMENT = "booking.payment";

    public static final String BOOKING_REQUESTED = "BookingRequested";
    public static final String BOOKING_RESERVED = "BookingReserved";
    public static final String BOOKING_CONFIRMED = "BookingConfirmed";
    public static final String BOOKING_EXPIRED = "BookingExpired";
    public static final String BOOKING_REJECTED = "BookingRejected";
    public static final String PAYMENT_ACCEPTED = "PaymentAccepted";
    public static final String PAYMENT_REJECTED = "PaymentRejected";
    public static final String PAYMENT_CONFLICT = "PaymentConflict";

    private EventContract() {
    }
}
