package com.apartmentbooking.model.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Published by the reservation API; starts the booking workflow (its detail is the workflow's input). */
public record BookingRequested(String bookingId, String apartmentId, String customerId, String requestedAt,
                               int paymentWindowSeconds) implements DomainEvent {

    @Override
    public String source() {
        return EventContract.SOURCE_RESERVATION;
    }

    @Override
    public String detailType() {
        return EventContract.BOOKING_REQUESTED;
    }

    @Override
    public ObjectNode detail() {
        return DomainEvent.newObject()
                .put("bookingId", bookingId)
                .put("apartmentId", apartmentId)
                .put("customerId", customerId)
                .put("requestedAt", requestedAt)
                .put("paymentWindowSeconds", paymentWindowSeconds);
    }

    /** Reads a detail written by {@link #detail()}; a missing field fails with the field's name. */
    public static BookingRequested fromDetail(JsonNode detail) {
        return new BookingRequested(
                Json.requiredText(detail, "bookingId"),
                Json.requiredText(detail, "apartmentId"),
                Json.requiredText(detail, "customerId"),
                Json.requiredText(detail, "requestedAt"),
                Json.requiredInt(detail, "paymentWindowSeconds"));
    }
}
