package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.KeySchema;
import java.util.List;

/**
 * A global or local secondary index as CreateTable/UpdateTable declared it. The store keeps only each index's
 * keys (IndexEntry); items stay the one source of truth and are projected when an index is read.
 *
 * @param projectionType   ALL, KEYS_ONLY or INCLUDE
 * @param nonKeyAttributes the attributes INCLUDE adds (empty otherwise)
 * @param readCapacity     provisioned read units of a GSI (0 for on-demand tables and for LSIs)
 */
public record SecondaryIndex(String name, boolean global, KeySchema keySchema, String projectionType,
                             List<String> nonKeyAttributes, long readCapacity, long writeCapacity) {

    public SecondaryIndex {
        nonKeyAttributes = List.copyOf(nonKeyAttributes);
    }
}
