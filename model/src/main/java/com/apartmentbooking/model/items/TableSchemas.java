package com.apartmentbooking.model.items;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/**
 * The three tables' schemas in one place, for code that works with all of them (tests, tools). The
 * functions use {@link ApartmentSchema}, {@link BookingSchema} and {@link PaymentSchema} directly:
 * loading this class builds all three.
 */
public final class TableSchemas {

    /** Global secondary index of {@code Apartments} on (status, id), for listing apartments by status. */
    public static final String APARTMENTS_BY_STATUS_INDEX = "byStatus";

    public static final TableSchema<Apartment> APARTMENT = ApartmentSchema.TABLE;
    public static final TableSchema<Booking> BOOKING = BookingSchema.TABLE;
    public static final TableSchema<Payment> PAYMENT = PaymentSchema.TABLE;

    private TableSchemas() {
    }
}
