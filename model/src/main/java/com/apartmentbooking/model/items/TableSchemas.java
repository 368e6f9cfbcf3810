package com.apartmentbooking.model.items;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * Static table schemas: attributes are mapped by explicit getters and setters, so no bean
 * introspection runs at Lambda init.
 */
public final class TableSchemas {

    /** Global secondary index of {@code Apartments} on (status, id), for listing apartments by status. */
    public static final String APARTMENTS_BY_STATUS_INDEX = "byStatus";

    public static final TableSchema<Apartment> APARTMENT = StaticTableSchema.builder(Apartment.class)
            .newItemSupplier(Apartment::new)
            .addAttribute(String.class, a -> a.name(Attributes.ID).getter(Apartment::getId).setter(Apartment::setId)
                    .tags(primaryPartitionKey(), secondarySortKey(APARTMENTS_BY_STATUS_INDEX)))
            .addAttribute(String.class, a -> a.name(Attributes.NAME).getter(Apartment::getName).setter(Apartment::setName))
            .addAttribute(String.class, a -> a.name(Attributes.STATUS).getter(Apartment::getStatus).setter(Apartment::setStatus)
                    .tags(secondaryPartitionKey(APARTMENTS_BY_STATUS_INDEX)))
            .addAttribute(String.class, a -> a.name(Attributes.BOOKING_ID).getter(Apartment::getBookingId).setter(Apartment::setBookingId))
            .addAttribute(String.class, a -> a.name(Attributes.RESERVED_UNTIL).getter(Apartment::getReservedUntil).setter(Apartment::setReservedUntil))
            .addAttribute(String.class, a -> a.name(Attributes.UPDATED_AT).getter(Apartment::getUpdatedAt).setter(Apartment::setUpdatedAt))
            .addAttribute(Long.class, a -> a.name(Attributes.VERSION).getter(Apartment::getVersion).setter(Apartment::setVersion))
            .build();

    public static final TableSchema<Booking> BOOKING = StaticTableSchema.builder(Booking.class)
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

    public static final TableSchema<Payment> PAYMENT = StaticTableSchema.builder(Payment.class)
            .newItemSupplier(Payment::new)
            .addAttribute(String.class, a -> a.name(Attributes.EVENT_ID).getter(Payment::getEventId).setter(Payment::setEventId).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(Attributes.BOOKING_ID).getter(Payment::getBookingId).setter(Payment::setBookingId))
            .addAttribute(String.class, a -> a.name(Attributes.OUTCOME).getter(Payment::getOutcome).setter(Payment::setOutcome))
            .addAttribute(String.class, a -> a.name(Attributes.AMOUNT).getter(Payment::getAmount).setter(Payment::setAmount))
            .addAttribute(String.class, a -> a.name(Attributes.CURRENCY).getter(Payment::getCurrency).setter(Payment::setCurrency))
            .addAttribute(String.class, a -> a.name(Attributes.RECEIVED_AT).getter(Payment::getReceivedAt).setter(Payment::setReceivedAt))
            .build();

    private TableSchemas() {
    }
}
