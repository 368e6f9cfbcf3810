package com.apartmentbooking.model.items;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The static table schema of {@code Payments} items: attributes mapped by explicit getters and setters, so
 * no bean introspection runs at Lambda init. A class of its own so that a function builds only the
 * schemas it uses: each attribute costs a cold start three generated lambda classes.
 */
public final class PaymentSchema {

    public static final TableSchema<Payment> TABLE = StaticTableSchema.builder(Payment.class)
            .newItemSupplier(Payment::new)
            .addAttribute(String.class, a -> a.name(Attributes.EVENT_ID).getter(Payment::getEventId).setter(Payment::setEventId).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(Attributes.BOOKING_ID).getter(Payment::getBookingId).setter(Payment::setBookingId))
            .addAttribute(String.class, a -> a.name(Attributes.OUTCOME).getter(Payment::getOutcome).setter(Payment::setOutcome))
            .addAttribute(String.class, a -> a.name(Attributes.AMOUNT).getter(Payment::getAmount).setter(Payment::setAmount))
            .addAttribute(String.class, a -> a.name(Attributes.CURRENCY).getter(Payment::getCurrency).setter(Payment::setCurrency))
            .addAttribute(String.class, a -> a.name(Attributes.RECEIVED_AT).getter(Payment::getReceivedAt).setter(Payment::setReceivedAt))
            .build();

    private PaymentSchema() {
    }
}
