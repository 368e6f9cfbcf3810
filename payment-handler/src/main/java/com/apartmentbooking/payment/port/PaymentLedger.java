package com.apartmentbooking.payment.port;

import com.apartmentbooking.model.items.Payment;
import java.util.Optional;

/**
 * The tables a payment touches: Bookings (read), and Payments, Apartments and Bookings (written
 * together). Every method throws {@link StoreUnavailableException} when the tables cannot answer.
 */
public interface PaymentLedger {

    /** What the all-or-nothing payment transaction did. */
    enum MarkPaidOutcome {
        /** Payment recorded as ACCEPTED; apartment and booking are PAID. */
        COMMITTED,
        /** The provider event was already recorded; nothing changed. */
        DUPLICATE,
        /** The apartment is not held by this booking, or the booking is past paying; nothing changed. */
        NOT_HELD
    }

    /** What recording a rejected payment did. */
    enum RecordOutcome {
        RECORDED,
        /** The provider event was already recorded; nothing changed. */
        DUPLICATE
    }

    /** The record of provider event {@code eventId}, read consistently; empty when it was never recorded. */
    Optional<Payment> recorded(String eventId);

    /** The apartment a booking is for, read consistently; empty when there is no such booking. */
    Optional<String> apartmentOfBooking(String bookingId);

    /**
     * In one transaction: records {@code payment} (outcome ACCEPTED) unless its event id is known,
     * marks the apartment PAID if it is RESERVED by the payment's booking, and marks the booking PAID
     * if it is REQUESTED or RESERVED. {@code payment.receivedAt} stamps both updates.
     */
    MarkPaidOutcome markPaid(Payment payment, String apartmentId);

    /** Records {@code payment} (outcome REJECTED_LATE) unless its event id is already recorded. */
    RecordOutcome recordRejected(Payment payment);
}
