package com.apartmentbooking.projector;

import com.apartmentbooking.model.BookingStatus;

import java.util.Objects;

/** A booking's new status; updatedAt is null when neither the item nor the record carries a time. */
public record BookingStatusChanged(String bookingId, String apartmentId, BookingStatus status, String updatedAt)
        implements StatusChange {

    public BookingStatusChanged {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(apartmentId, "apartmentId");
        Objects.requireNonNull(status, "status");
    }
}
