package com.apartmentbooking.model.items;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The static table schema of {@code Bookings} items: attributes mapped by explicit getters and setters, so
 * no bean introspection runs at Lambda init. A class of its own so that a function builds only the
 * schemas it uses: each attribute costs a cold start three generated lambda classes.
 */
public final class BookingSchema {

    public static final TableSchema<Booking> TABLE = StaticTableSchema.builder(Booking.class)
            .newItemSupplier(Booking::new)
            .addAttribute(String.class, a -> a.name(Attributes.ID).getter(Booking::getId).setter(Booking::setId).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(Attributes.APARTMENT_ID).getter(Booking::getApartmentId).setter(Booking::setApartmentId))
            .addAttribute(String.class, a -> a.name(Attributes.CUSTOMER_ID).getter(Booking::getCustomerId).setter(Booking::setCustomerId))
            .addAttribute(String.class, a -> a.name(Attributes.STATUS).getter(Booking::getStatus).setter(Booking::setStatus))
            .addAttribute(String.class, a -> a.name(Attributes.REQUESTED_AT).getter(Booking::getRequestedAt).setter(Booking::setRequestedAt))
            .addAttribute(Integer.class, a -> a.name(Attributes.PAYMENT_WINDOW_SECONDS).getter(Booking::getPaymentWindowSeconds).setter(Booking::setPaymentWindowSeconds))
            .addAttribute(String.class, a -> a.name(Attributes.RESERVED_UNTIL).getter(Booking::getReservedUntil).setter(Booking::setReservedUntil))
            .addAttribute(String.class, a -> a.name(Attributes.PAID_AT).getter(Booking::getPaidAt).setter(Booking::setPaidAt))
            .addAttribute(String.class, a -> a.name(Attributes.EXECUTION_ARN).getter(Booking::getExecutionArn).setter(Booking::setExecutionArn))
            .addAttribute(String.class, a -> a.name(Attributes.CLIENT_TOKEN).getter(Booking::getClientToken).setter(Booking::setClientToken))
            .addAttribute(String.class, a -> a.name(Attributes.REASON).getter(Booking::getReason).setter(Booking::setReason))
            .addAttribute(String.class, a -> a.name(Attributes.UPDATED_AT).getter(Booking::getUpdatedAt).setter(Booking::setUpdatedAt))
            .build();

    private BookingSchema() {
    }
}
