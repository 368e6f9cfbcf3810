package com.apartmentbooking.model.items;

/**
 * Attribute names as stored in the tables. Expressions written by hand (conditions, updates,
 * transactions) use these so they cannot drift from the schemas; the workflow definition uses the
 * same names and its tests check them against this class.
 */
public final class Attributes {
    public static final String ID = "id";
    public static final String NAME = "name";
    public static final String STATUS = "status";
    public static final String BOOKING_ID = "bookingId";
    public static final String APARTMENT_ID = "apartmentId";
    public static final String CUSTOMER_ID = "customerId";
    public static final String REQUESTED_AT = "requestedAt";
    public static final String PAYMENT_WINDOW_SECONDS = "paymentWindowSeconds";
    public static final String RESERVED_UNTIL = "reservedUntil";
    public static final String PAID_AT = "paidAt";
    public static final String EXECUTION_ARN = "executionArn";
    public static final String CLIENT_TOKEN = "clientToken";
    public static final String REASON = "reason";
    public static final String UPDATED_AT = "updatedAt";
    public static final String VERSION = "version";
    public static final String EVENT_ID = "eventId";
    public static final String OUTCOME = "outcome";
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    public static final String RECEIVED_AT = "receivedAt";

    private Attributes() {
    }
}
