package com.apartmentbooking.payment;

import com.apartmentbooking.model.events.PaymentRejected;

/** What became of one {@code payment.succeeded} notification; {@code reason} is set only when rejected. */
public record PaymentResult(Kind kind, String bookingId, String paymentId, PaymentRejected.Reason reason) {

    public enum Kind {
        ACCEPTED,
        DUPLICATE,
        REJECTED_LATE
    }

    static PaymentResult accepted(PaymentNotification notification) {
        return new PaymentResult(Kind.ACCEPTED, notification.bookingId(), notification.id(), null);
    }

    static PaymentResult duplicate(PaymentNotification notification) {
        return new PaymentResult(Kind.DUPLICATE, notification.bookingId(), notification.id(), null);
    }

    static PaymentResult rejectedLate(PaymentNotification notification, PaymentRejected.Reason reason) {
        return new PaymentResult(Kind.REJECTED_LATE, notification.bookingId(), notification.id(), reason);
    }
}
