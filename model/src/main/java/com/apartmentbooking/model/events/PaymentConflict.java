package com.apartmentbooking.model.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * Published by the payment handler when a provider event arrives again with the id of a recorded one but
 * another booking, amount or currency. Nothing was changed; operators decide which of the two is real.
 * Carries what was sent now and what is recorded.
 */
public record PaymentConflict(String paymentId, String bookingId, BigDecimal amount, String currency,
                              String recordedBookingId, BigDecimal recordedAmount, String recordedCurrency,
                              String receivedAt) implements DomainEvent {

    @Override
    public String source() {
        return EventContract.SOURCE_PAYMENT;
    }

    @Override
    public String detailType() {
        return EventContract.PAYMENT_CONFLICT;
    }

    @Override
    public ObjectNode detail() {
        return DomainEvent.newObject()
                .put("paymentId", paymentId)
                .put("bookingId", bookingId)
                .put("amount", amount.toPlainString())
                .put("currency", currency)
                .put("recordedBookingId", recordedBookingId)
                .put("recordedAmount", recordedAmount.toPlainString())
                .put("recordedCurrency", recordedCurrency)
                .put("receivedAt", receivedAt);
    }

    public static PaymentConflict fromDetail(JsonNode detail) {
        return new PaymentConflict(
                Json.requiredText(detail, "paymentId"),
                Json.requiredText(detail, "bookingId"),
                Json.requiredDecimal(detail, "amount"),
                Json.requiredText(detail, "currency"),
                Json.requiredText(detail, "recordedBookingId"),
                Json.requiredDecimal(detail, "recordedAmount"),
                Json.requiredText(detail, "recordedCurrency"),
                Json.requiredText(detail, "receivedAt"));
    }
}
