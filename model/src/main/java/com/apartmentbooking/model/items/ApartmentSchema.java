package com.apartmentbooking.model.items;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The static table schema of {@code Apartments} items: attributes mapped by explicit getters and setters, so
 * no bean introspection runs at Lambda init. A class of its own so that a function builds only the
 * schemas it uses: each attribute costs a cold start three generated lambda classes.
 */
public final class ApartmentSchema {

    public static final TableSchema<Apartment> TABLE = StaticTableSchema.builder(Apartment.class)
            .newItemSupplier(Apartment::new)
            .addAttribute(String.class, a -> a.name(Attributes.ID).getter(Apartment::getId).setter(Apartment::setId)
                    .tags(primaryPartitionKey(), secondarySortKey(TableSchemas.APARTMENTS_BY_STATUS_INDEX)))
            .addAttribute(String.class, a -> a.name(Attributes.NAME).getter(Apartment::getName).setter(Apartment::setName))
            .addAttribute(String.class, a -> a.name(Attributes.STATUS).getter(Apartment::getStatus).setter(Apartment::setStatus)
                    .tags(secondaryPartitionKey(TableSchemas.APARTMENTS_BY_STATUS_INDEX)))
            .addAttribute(String.class, a -> a.name(Attributes.BOOKING_ID).getter(Apartment::getBookingId).setter(Apartment::setBookingId))
            .addAttribute(String.class, a -> a.name(Attributes.RESERVED_UNTIL).getter(Apartment::getReservedUntil).setter(Apartment::setReservedUntil))
            .addAttribute(String.class, a -> a.name(Attributes.UPDATED_AT).getter(Apartment::getUpdatedAt).setter(Apartment::setUpdatedAt))
            .addAttribute(Long.class, a -> a.name(Attributes.VERSION).getter(Apartment::getVersion).setter(Apartment::setVersion))
            .build();

    private ApartmentSchema() {
    }
}
