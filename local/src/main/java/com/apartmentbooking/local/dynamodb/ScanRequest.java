package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.Condition;
import com.apartmentbooking.local.dynamodb.expression.Projection;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.Map;

/**
 * A Scan, optionally one segment of a parallel scan. Optional members are null when absent.
 */
public record ScanRequest(String tableName, String indexName, Condition filter, Projection projection,
                          String select, Integer limit, Map<String, AttributeValue> exclusiveStartKey,
                          Integer segment, Integer totalSegments, boolean consistentRead) {
}
