package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * One page of a Query or Scan: the matching items (empty for Select COUNT), how many matched and how many were
 * read before the filter, where to continue (null on the last page) and the capacity the page consumed.
 */
public record ItemPage(List<Map<String, AttributeValue>> items, int count, int scannedCount,
                       Map<String, AttributeValue> lastEvaluatedKey, ConsumedCapacity consumedCapacity) {
}
