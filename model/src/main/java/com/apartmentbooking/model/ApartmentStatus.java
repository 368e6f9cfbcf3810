package com.apartmentbooking.model;

/** Where an apartment stands in its booking cycle. The apartment item is the authority on the hold. */
public enum ApartmentStatus {
    VACANT,
    RESERVED,
    PAID
}
