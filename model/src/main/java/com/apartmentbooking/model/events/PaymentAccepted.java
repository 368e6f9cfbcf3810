package com.apartmentbooking.model.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** Published by the payment handler once apartment and booking are PAID. The amount is a decimal string in the detail. */
public record PaymentAccepted(String paymentId, String bookingId, String apartmentId, BigDecimal amount,
                              String currency, String receivedAt) implements DomainEvent {

    @Override
    public String source() {
        return EventContract.SOURCE_PAYMENT;
    }

    @Override
    public String detailType() {
        return EventContract.PAYMENT_ACCEPTED;
    }

    @Override
    public ObjectNode detail() {
        return DomainEvent.newObject()
                .put("paymentId", paymentId)
                .put("bookingId", bookingId)
                .put("apartmentId", apartmentId)
                .put("amount", amount.toPlainString())
                .put("currency", currency)
                .put("receivedAt", receivedAt);
    }

    public static PaymentAccepted fromDetail(JsonNode detail) {
        return new PaymentAccepted(
                Json.requiredText(detail, "paymentId"),
                Json.requiredText(detail, "bookingId"),
                Json.requiredText(detail, "apartmentId"),
                Json.requiredDecimal(detail, "amount"),
                Json.requiredText(detail, "currency"),
                Json.requiredText(detail, "receivedAt"));
    }
}
