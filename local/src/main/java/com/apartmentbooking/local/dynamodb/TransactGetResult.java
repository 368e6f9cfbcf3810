package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * What TransactGetItems read: one entry per Get, in request order, null where there is no item; and the capacity
 * consumed per table, in the order the Gets first name the tables.
 */
public record TransactGetResult(List<Map<String, AttributeValue>> items, List<ConsumedCapacity> consumedCapacity) {
}
