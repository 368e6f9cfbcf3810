package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.Projection;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.Map;

/** One Get of TransactGetItems; {@code projection} is null for the whole item. */
public record TransactGetAction(String tableName, Map<String, AttributeValue> key, Projection projection) {
}
