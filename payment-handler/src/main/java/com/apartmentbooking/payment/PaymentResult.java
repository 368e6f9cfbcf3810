package com.apartmentbooking.payment;

import com.apartmentbooking.model.events.PaymentRejected;

/** What became of one {@code payment.succeeded} notification; {@code reason} is set only when rejected. */
public record PaymentResult(Kind kind, String bookingId, String paymentId, PaymentRejected.Reason reason) {

    public enum Kind {
        ACCEPTED,
        DUPLICATE,
        REJECTED_LATE,
        /** The event id is recorded with another booking, amount or currency; nothing changed. */
        CONFLICT
    }

    static PaymentResult accepted(PaymentNotification notification) {
        return new PaymentResult(Kind.ACCEPTED, notification.bookingId(), notification.id(), null);
    }

    static PaymentResult duplicate(PaymentNotification notification) {
        return new PaymentResult(Kind.DUPLICATE, notification.bookingId(), notification.id(), null);
    }

    static PaymentResult conflict(PaymentNotification notification) {
        return new PaymentResult(Kind.CONFLICT, notification.bookingId(), notification.id(), null);
    }

    static PaymentResult rejectedLate(PaymentNotification notification, PaymentRejected.Reason reason) {
        return new PaymentResult(Kind.REJECTED_LATE, notification.bookingId(), notification.id(), reason);
    }
}
