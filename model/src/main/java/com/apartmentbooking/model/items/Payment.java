package com.apartmentbooking.model.items;

import java.util.Objects;

/**
 * An item of the {@code Payments} table, keyed by the provider's event id: what was paid and what became of it.
 * Kept for good, it is also the webhook's idempotency record.
 */
public final class Payment {
    private String eventId;
    private String bookingId;
    private String outcome;
    private String amount;
    private String currency;
    private String receivedAt;

    public String getEventId() {
        return eventId;
    }

    public void setEventId(String eventId) {
        this.eventId = eventId;
    }

    public String getBookingId() {
        return bookingId;
    }

    public void setBookingId(String bookingId) {
        this.bookingId = bookingId;
    }

    /** One of {@link com.apartmentbooking.model.PaymentOutcome}. */
    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    /** Decimal amount as the provider sent it; kept as text so no precision is lost. */
    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(String receivedAt) {
        this.receivedAt = receivedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Payment p
                && Objects.equals(eventId, p.eventId) && Objects.equals(bookingId, p.bookingId)
                && Objects.equals(outcome, p.outcome) && Objects.equals(amount, p.amount)
                && Objects.equals(currency, p.currency) && Objects.equals(receivedAt, p.receivedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventId, bookingId, outcome, amount, currency, receivedAt);
    }

    @Override
    public String toString() {
        return "Payment[eventId=" + eventId + ", bookingId=" + bookingId + ", outcome=" + outcome + "]";
    }
}
