package com.apartmentbooking.local.dynamodb.expression;

/** The key attribute names of a table or index; {@code rangeKey} is null for a hash-only key. */
public record KeySchema(String hashKey, String rangeKey) {

    public boolean isKey(String attributeName) {
        return attributeName.equals(hashKey) || attributeName.equals(rangeKey);
    }
}
