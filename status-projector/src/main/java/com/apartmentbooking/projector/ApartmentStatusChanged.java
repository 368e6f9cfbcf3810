package com.apartmentbooking.projector;

import com.apartmentbooking.model.ApartmentStatus;

import java.util.Objects;

/** An apartment's new status; bookingId and updatedAt are null when the item has none. */
public record ApartmentStatusChanged(String apartmentId, ApartmentStatus status, String bookingId, String updatedAt)
        implements StatusChange {

    public ApartmentStatusChanged {
        Objects.requireNonNull(apartmentId, "apartmentId");
        Objects.requireNonNull(status, "status");
    }
}
