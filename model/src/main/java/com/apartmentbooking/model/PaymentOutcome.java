package com.apartmentbooking.model;

/** What the payment webhook did with one provider event; stored on its idempotency record. */
public enum PaymentOutcome {
    /** The booking was held by the apartment for this booking: apartment and booking are now PAID. */
    ACCEPTED,
    /** The hold had ended or the booking is unknown: recorded and flagged for refund. */
    REJECTED_LATE
}
