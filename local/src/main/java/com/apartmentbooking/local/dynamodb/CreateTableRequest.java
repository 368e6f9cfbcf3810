package com.apartmentbooking.local.dynamodb;

import java.util.List;
import java.util.Map;

/**
 * A CreateTable call as the wire carried it, before validation (the service checks it with AWS's texts).
 * Optional members are null when absent, the index lists included (AWS refuses an empty list it was given).
 */
public record CreateTableRequest(String tableName, List<KeyElement> keySchema, Map<String, String> attributeDefinitions,
                                 String billingMode, Long readCapacity, Long writeCapacity,
                                 List<IndexRequest> globalIndexes, List<IndexRequest> localIndexes,
                                 StreamRequest stream, boolean deletionProtection, Map<String, String> tags) {

    /** One KeySchemaElement: an attribute name and HASH or RANGE. */
    public record KeyElement(String attributeName, String keyType) {
    }

    /** A secondary index to create; capacities are null when not given. */
    public record IndexRequest(String name, List<KeyElement> keySchema, String projectionType,
                               List<String> nonKeyAttributes, Long readCapacity, Long writeCapacity) {
    }

    /** A StreamSpecification; {@code viewType} is null when absent. */
    public record StreamRequest(boolean enabled, String viewType) {
    }
}
