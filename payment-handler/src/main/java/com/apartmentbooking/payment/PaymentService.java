package com.apartmentbooking.payment;

import com.apartmentbooking.model.PaymentOutcome;
import com.apartmentbooking.model.events.EventPublishException;
import com.apartmentbooking.model.events.PaymentAccepted;
import com.apartmentbooking.model.events.PaymentConflict;
import com.apartmentbooking.model.events.PaymentRejected;
import com.apartmentbooking.model.items.Payment;
import com.apartmentbooking.model.events.EventPublisher;
import com.apartmentbooking.payment.port.PaymentLedger;
import com.apartmentbooking.payment.port.StoreUnavailableException;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies a verified payment (DESIGN §4 "Payment"): one transaction marks apartment and booking
 * PAID and records the provider event; a payment that cannot be applied is announced and recorded
 * so it can be refunded, never dropped. An event already recorded is a duplicate when it says what
 * was recorded, and a conflict, changing nothing but announced, when it does not.
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
     * @throws EventPublishException     when a rejection or a conflict could not be announced: nothing
     *                                   was written and the provider should retry
     */
    public PaymentResult apply(PaymentNotification notification) {
        Instant receivedAt = clock.instant();
        // Read before anything is announced, so that a replay is never announced as a new rejection.
        Optional<Payment> recorded = ledger.recorded(notification.id());
        if (recorded.isPresent()) {
            return replay(notification, recorded.get(), receivedAt);
        }
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
            case DUPLICATE -> replayOfConcurrentDelivery(notification, receivedAt);
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
            case DUPLICATE -> replayOfConcurrentDelivery(notification, receivedAt);
        };
    }

    /** Another delivery of the event was recorded between this one's read and its write. */
    private PaymentResult replayOfConcurrentDelivery(PaymentNotification notification, Instant receivedAt) {
        Payment recorded = ledger.recorded(notification.id()).orElseThrow(() -> new StoreUnavailableException(
                "payment " + notification.id() + " was refused as recorded but cannot be read", null));
        return replay(notification, recorded, receivedAt);
    }

    private PaymentResult replay(PaymentNotification notification, Payment recorded, Instant receivedAt) {
        if (notification.matches(recorded)) {
            return PaymentResult.duplicate(notification);
        }
        return conflict(notification, recorded, receivedAt);
    }

    /**
     * The log line is there even when the announcement fails; the failure then makes the provider retry,
     * which announces it again: every conflicting delivery is announced at least once.
     */
    private PaymentResult conflict(PaymentNotification notification, Payment recorded, Instant receivedAt) {
        LOG.log(Level.ERROR, "PAYMENT_CONFLICT payment " + notification.id() + " sent for booking "
                + notification.bookingId() + " " + notification.amount().toPlainString() + " "
                + notification.currency() + ", recorded for booking " + recorded.getBookingId() + " "
                + recorded.getAmount() + " " + recorded.getCurrency() + " (" + recorded.getOutcome()
                + "); nothing changed");
        publisher.publish(new PaymentConflict(notification.id(), notification.bookingId(), notification.amount(),
                notification.currency(), recorded.getBookingId(), new BigDecimal(recorded.getAmount()),
                recorded.getCurrency(), receivedAt.toString()));
        return PaymentResult.conflict(notification);
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
