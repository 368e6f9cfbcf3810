package com.apartmentbooking.projector;

/** A status change worth telling subscribers about, read from one stream record. */
public sealed interface StatusChange permits ApartmentStatusChanged, BookingStatusChanged {
}
