package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.Projection;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * The keys BatchGetItem reads from one table, with the projection for that table (null: whole items) and whether
 * its reads are strongly consistent.
 */
public record BatchGetRequest(List<Map<String, AttributeValue>> keys, Projection projection,
                              boolean consistentRead) {
}
