package com.apartmentbooking.model.items;

import java.util.Objects;

/** An item of the {@code Bookings} table, keyed by {@code id}. */
public final class Booking {
    private String id;
    private String apartmentId;
    private String customerId;
    private String status;
    private String requestedAt;
    private Integer paymentWindowSeconds;
    private String reservedUntil;
    private String paidAt;
    private String executionArn;
    private String clientToken;
    private String reason;
    private String updatedAt;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getApartmentId() {
        return apartmentId;
    }

    public void setApartmentId(String apartmentId) {
        this.apartmentId = apartmentId;
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    /** One of {@link com.apartmentbooking.model.BookingStatus}, kept as the string the table stores. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getRequestedAt() {
        return requestedAt;
    }

    public void setRequestedAt(String requestedAt) {
        this.requestedAt = requestedAt;
    }

    public Integer getPaymentWindowSeconds() {
        return paymentWindowSeconds;
    }

    public void setPaymentWindowSeconds(Integer paymentWindowSeconds) {
        this.paymentWindowSeconds = paymentWindowSeconds;
    }

    public String getReservedUntil() {
        return reservedUntil;
    }

    public void setReservedUntil(String reservedUntil) {
        this.reservedUntil = reservedUntil;
    }

    public String getPaidAt() {
        return paidAt;
    }

    public void setPaidAt(String paidAt) {
        this.paidAt = paidAt;
    }

    /** The workflow execution that owns this booking; set by the workflow. */
    public String getExecutionArn() {
        return executionArn;
    }

    public void setExecutionArn(String executionArn) {
        this.executionArn = executionArn;
    }

    public String getClientToken() {
        return clientToken;
    }

    public void setClientToken(String clientToken) {
        this.clientToken = clientToken;
    }

    /** Why a booking was rejected, e.g. {@code EVENT_PUBLISH_FAILED} or {@code APARTMENT_UNAVAILABLE}. */
    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(String updatedAt) {
        this.updatedAt = updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Booking b
                && Objects.equals(id, b.id) && Objects.equals(apartmentId, b.apartmentId)
                && Objects.equals(customerId, b.customerId) && Objects.equals(status, b.status)
                && Objects.equals(requestedAt, b.requestedAt)
                && Objects.equals(paymentWindowSeconds, b.paymentWindowSeconds)
                && Objects.equals(reservedUntil, b.reservedUntil) && Objects.equals(paidAt, b.paidAt)
                && Objects.equals(executionArn, b.executionArn) && Objects.equals(clientToken, b.clientToken)
                && Objects.equals(reason, b.reason) && Objects.equals(updatedAt, b.updatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, apartmentId, customerId, status, requestedAt, paymentWindowSeconds,
                reservedUntil, paidAt, executionArn, clientToken, reason, updatedAt);
    }

    @Override
    public String toString() {
        return "Booking[id=" + id + ", apartmentId=" + apartmentId + ", customerId=" + customerId
                + ", status=" + status + ", reason=" + reason + "]";
    }
}
