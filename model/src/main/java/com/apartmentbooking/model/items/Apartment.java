package com.apartmentbooking.model.items;

import java.util.Objects;

/** An item of the {@code Apartments} table, keyed by {@code id}. */
public final class Apartment {
    private String id;
    private String name;
    private String status;
    private String bookingId;
    private String reservedUntil;
    private String updatedAt;
    private Long version;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** One of {@link com.apartmentbooking.model.ApartmentStatus}, kept as the string the table stores. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getBookingId() {
        return bookingId;
    }

    public void setBookingId(String bookingId) {
        this.bookingId = bookingId;
    }

    /** ISO-8601 instant the hold ends, set by the workflow from its own clock. */
    public String getReservedUntil() {
        return reservedUntil;
    }

    public void setReservedUntil(String reservedUntil) {
        this.reservedUntil = reservedUntil;
    }

    public String getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(String updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Apartment a
                && Objects.equals(id, a.id) && Objects.equals(name, a.name)
                && Objects.equals(status, a.status) && Objects.equals(bookingId, a.bookingId)
                && Objects.equals(reservedUntil, a.reservedUntil) && Objects.equals(updatedAt, a.updatedAt)
                && Objects.equals(version, a.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, status, bookingId, reservedUntil, updatedAt, version);
    }

    @Override
    public String toString() {
        return "Apartment[id=" + id + ", status=" + status + ", bookingId=" + bookingId
                + ", reservedUntil=" + reservedUntil + ", version=" + version + "]";
    }
}
