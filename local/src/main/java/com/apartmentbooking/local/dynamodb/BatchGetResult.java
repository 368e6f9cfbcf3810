package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * What BatchGetItem found per table, and the keys it left for a later call because the answer reached AWS's
 * 16 MB limit (UnprocessedKeys); tables without such keys are absent from {@code unprocessedKeys}. The capacity
 * consumed is one entry per table, in request order.
 */
public record BatchGetResult(Map<String, List<Map<String, AttributeValue>>> responses,
                             Map<String, List<Map<String, AttributeValue>>> unprocessedKeys,
                             List<ConsumedCapacity> consumedCapacity) {
}
