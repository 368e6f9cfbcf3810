package com.apartmentbooking.model.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * Published by the payment handler when money arrived for a booking that no longer holds (or never
 * held) its apartment, so that the payment can be refunded.
 */
public record PaymentRejected(String paymentId, String bookingId, BigDecimal amount, String currency,
                              Reason reason, String receivedAt) implements DomainEvent {

    /** Why the payment could not be applied. */
    public enum Reason {
        /** The booking exists but its hold had ended (or it was never reserved). */
        BOOKING_NOT_HELD,
        /** No booking has this id. */
        BOOKING_NOT_FOUND
    }

    @Override
    public String source() {
        return EventContract.SOURCE_PAYMENT;
    }

    @Override
    public String detailType() {
        return EventContract.PAYMENT_REJECTED;
    }

    @Override
    public ObjectNode detail() {
        return DomainEvent.newObject()
                .put("paymentId", paymentId)
                .put("bookingId", bookingId)
                .put("amount", amount.toPlainString())
                .put("currency", currency)
                .put("reason", reason.name())
                .put("receivedAt", receivedAt);
    }

    public static PaymentRejected fromDetail(JsonNode detail) {
        return new PaymentRejected(
                Json.requiredText(detail, "paymentId"),
                Json.requiredText(detail, "bookingId"),
                Json.requiredDecimal(detail, "amount"),
                Json.requiredText(detail, "currency"),
                Reason.valueOf(Json.requiredText(detail, "reason")),
                Json.requiredText(detail, "receivedAt"));
    }
}
