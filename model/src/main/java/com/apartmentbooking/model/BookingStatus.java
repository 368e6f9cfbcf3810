package com.apartmentbooking.model;

/** Lifecycle of one booking; CONFIRMED, EXPIRED and REJECTED are final. */
public enum BookingStatus {
    REQUESTED,
    RESERVED,
    PAID,
    CONFIRMED,
    EXPIRED,
    REJECTED;

    public boolean isFinal() {
        return this == CONFIRMED || this == EXPIRED || this == REJECTED;
    }
}
