package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.Map;

/**
 * What a single-item operation answers: the item read (GetItem) or the attributes ReturnValues asked for (writes),
 * null when there are none, and the capacity the operation consumed.
 */
public record ItemResult(Map<String, AttributeValue> item, ConsumedCapacity consumedCapacity) {
}
