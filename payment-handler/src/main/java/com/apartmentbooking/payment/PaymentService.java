package com.apartmentbooking.payment;

import com.apartmentbooking.model.PaymentOutcome;
import com.apartmentbooking.model.events.EventPublishException;
import com.apartmentbooking.model.events.PaymentAccepted;
import com.apartmentbooking.model.events.PaymentRejected;
import com.apartmentbooking.model.items.Payment;
import com.apartmentbooking.model.events.EventPublisher;
import com.apartmentbooking.payment.port.PaymentLedger;
import com.apartmentbooking.payment.port.StoreUnavailableException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies a verified payment (DESIGN §4 "Payment"): one transaction marks apartment and booking
 * PAID and records the provider event; a payment that cannot be applied is announced and recorded
 * so it can be refunded, never dropped.
 */
public final class PaymentService {

    private static final System.Logger LOG = System.getLogger(PaymentService.class.getName());

    private final PaymentLedger ledger;
    private final EventPublisher publisher;
    private final Clock clock;

    public PaymentService(PaymentLedger ledger, EventPublisher publisher, Clock clock) {
        this.ledger = ledger;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * @throws StoreUnavailableException when the tables could not answer: nothing was written and the
     *                                   provider should retry
     * @throws EventPublishException     when a rejection could not be announced: nothing was written
     *                                   and the provider should retry
     */
    public PaymentResult apply(PaymentNotification notification) {
        Instant receivedAt = clock.instant();
        Optional<String> apartmentId = ledger.apartmentOfBooking(notification.bookingId());
        if (apartmentId.isEmpty()) {
            return reject(notification, receivedAt, PaymentRejected.Reason.BOOKING_NOT_FOUND);
        }
        Payment accepted = record(notification, PaymentOutcome.ACCEPTED, receivedAt);
        return switch (ledger.markPaid(accepted, apartmentId.get())) {
            case COMMITTED -> {
                announceAccepted(notification, apartmentId.get(), receivedAt);
                yield PaymentResult.accepted(notification);
            }
            case DUPLICATE -> PaymentResult.duplicate(notification);
            case NOT_HELD -> reject(notification, receivedAt, PaymentRejected.Reason.BOOKING_NOT_HELD);
        };
    }

    /**
     * The payment is committed whatever happens here, so a failed publish must not make the provider
     * retry (the retry would only be a duplicate). Subscribers still learn of it: the PAID status
     * changes reach them through the tables' streams.
     */
    private void announceAccepted(PaymentNotification notification, String apartmentId, Instant receivedAt) {
        try {
            publisher.publish(new PaymentAccepted(notification.id(), notification.bookingId(), apartmentId,
                    notification.amount(), notification.currency(), receivedAt.toString()));
        } catch (EventPublishException e) {
            LOG.log(Level.WARNING, "payment " + notification.id() + " committed but PaymentAccepted not published", e);
        }
    }

    /**
     * Announce first, then record: if the announcement fails nothing is written and the provider's
     * retry tries both again; the reverse order could record a refund nobody hears of. Consumers of
     * PaymentRejected therefore see it at least once and key it by paymentId.
     */
    private PaymentResult reject(PaymentNotification notification, Instant receivedAt, PaymentRejected.Reason reason) {
        publisher.publish(new PaymentRejected(notification.id(), notification.bookingId(), notification.amount(),
                notification.currency(), reason, receivedAt.toString()));
        return switch (ledger.recordRejected(record(notification, PaymentOutcome.REJECTED_LATE, receivedAt))) {
            case RECORDED -> PaymentResult.rejectedLate(notification, reason);
            case DUPLICATE -> PaymentResult.duplicate(notification);
        };
    }

    private static Payment record(PaymentNotification notification, PaymentOutcome outcome, Instant receivedAt) {
        Payment payment = new Payment();
        payment.setEventId(notification.id());
        payment.setBookingId(notification.bookingId());
        payment.setOutcome(outcome.name());
        payment.setAmount(notification.amount().toPlainString());
        payment.setCurrency(notification.currency());
        payment.setReceivedAt(receivedAt.toString());
        return payment;
    }
}
